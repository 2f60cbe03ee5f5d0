/* Burns MS milliseconds of its own CPU time, then exits: `burn MS`. */
#include <stdlib.h>
#include <time.h>

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
    const double target = argc > 1 ? atof(argv[1]) : 300;
    volatile unsigned long sink = 0;
    while (cpu_ms() < target) {
        for (int i = 0; i < 10000; ++i)
            sink += (unsigned long)i * 2654435761u;
    }
    return 0;
}
