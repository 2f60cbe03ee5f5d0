package main

import (
	"fmt"
	"strconv"
	"strings"
)

// The same with strings.Builder, which grows its buffer geometrically.
func main() {
	var b strings.Builder
	for i := 0; i < 20000; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteString(",")
	}
	fmt.Println(len(b.String()))
}
