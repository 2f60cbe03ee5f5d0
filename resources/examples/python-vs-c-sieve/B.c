#include <stdio.h>
#include <stdlib.h>

// The same sieve in C.
#define LIMIT 5000000

int main(void) {
    char *composite = calloc(LIMIT, 1);
    int count = 0;
    for (long i = 2; i < LIMIT; i++) {
        if (composite[i]) continue;
        count++;
        for (long j = i * i; j < LIMIT; j += i) composite[j] = 1;
    }
    printf("%d\n", count);
    free(composite);
    return 0;
}
