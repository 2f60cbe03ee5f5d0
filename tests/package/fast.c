/* Side B of the package test's comparison: the same sum, computed directly. */
#include <stdio.h>

int main(void)
{
    unsigned long sum = 0;
    for (unsigned long r = 0; r < 7; ++r)
        sum += r * ((3000000UL - r + 6) / 7);
    printf("%lu\n", sum);
    return 0;
}
