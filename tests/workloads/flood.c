/* Writes BYTES bytes to stdout (and ERRBYTES to stderr) as fast as it can:
 * `flood BYTES [ERRBYTES]`. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int pour(int fd, long long bytes)
{
    static char block[65536];
    memset(block, 'x', sizeof block);
    while (bytes > 0) {
        const size_t chunk = bytes < (long long)sizeof block ? (size_t)bytes : sizeof block;
        const ssize_t n = write(fd, block, chunk);
        if (n <= 0)
            return 1;
        bytes -= n;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const long long out = argc > 1 ? atoll(argv[1]) : 100000000LL;
    const long long err = argc > 2 ? atoll(argv[2]) : 0;
    return pour(1, out) | pour(2, err);
}
