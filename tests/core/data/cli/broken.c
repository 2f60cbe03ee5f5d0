#include <stdio.h>

int main(void)
{
    printf("%d\n", missing);
    return 0;
}
