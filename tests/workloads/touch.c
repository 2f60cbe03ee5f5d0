/* Allocates MIB mebibytes, writes every page, and exits right away: `touch MIB`. */
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const size_t mib = argc > 1 ? (size_t)atol(argv[1]) : 256;
    const size_t size = mib << 20;
    const long page = sysconf(_SC_PAGESIZE);
    volatile char *block = malloc(size);
    if (!block)
        return 1;
    for (size_t i = 0; i < size; i += (size_t)page)
        block[i] = 1;
    return 0;
}
