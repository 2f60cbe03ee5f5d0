#include <stdio.h>

// A small nested loop; the flags decide how much work the compiler removes.
int main(void) {
    unsigned long long acc = 0;
    for (unsigned i = 0; i < 20000; i++)
        for (unsigned j = 0; j < 2000; j++)
            acc += (i ^ j) & 7;
    printf("%llu\n", acc);
    return 0;
}
