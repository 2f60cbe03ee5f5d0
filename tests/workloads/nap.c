/* Sleeps MS milliseconds without using CPU: `nap MS`. */
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
    const long ms = argc > 1 ? atol(argv[1]) : 200;
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0) {
    }
    return 0;
}
