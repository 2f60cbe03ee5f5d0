#include <stdio.h>

int main(void)
{
    volatile unsigned long sum = 0;
    for (unsigned long i = 0; i < 600000UL; i++)
        sum += i;
    printf("%d\n", sum > 0);
    return 0;
}
