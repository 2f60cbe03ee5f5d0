package main

import (
	"fmt"
	"math/big"
)

// 10000! with math/big, as in the original faster.codes comparison.
func main() {
	f := big.NewInt(1)
	for i := int64(2); i <= 10000; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println(f.BitLen())
}
