package main

import (
	"fmt"
	"strconv"
)

// Build a string with += : every step copies everything so far.
func main() {
	s := ""
	for i := 0; i < 20000; i++ {
		s += strconv.Itoa(i) + ","
	}
	fmt.Println(len(s))
}
