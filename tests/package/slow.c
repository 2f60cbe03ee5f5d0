/* Side A of the package test's comparison: a sum with a data dependency per step. */
#include <stdio.h>

int main(void)
{
    volatile unsigned long sum = 0;
    for (unsigned long i = 0; i < 3000000UL; ++i)
        sum += i % 7;
    printf("%lu\n", (unsigned long)sum);
    return 0;
}
