package main

import "fmt"

// Naive recursive Fibonacci: function calls all the way down.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(32))
}
