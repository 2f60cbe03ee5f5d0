/* N threads, each burning MS milliseconds of its own CPU time, then prints the wall and CPU
 * time it saw itself, so that a test can hold the launcher's figures against them at any load:
 * `threads N MS`. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double target_ms;

static double thread_cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void *burn(void *arg)
{
    (void)arg;
    volatile unsigned long sink = 0;
    while (thread_cpu_ms() < target_ms) {
        for (int i = 0; i < 10000; ++i)
            sink += (unsigned long)i * 2654435761u;
    }
    return NULL;
}

static double clock_ms(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
    const double start = clock_ms(CLOCK_MONOTONIC);
    const int n = argc > 1 ? atoi(argv[1]) : 2;
    target_ms = argc > 2 ? atof(argv[2]) : 200;
    pthread_t threads[64];
    if (n < 1 || n > 64)
        return 1;
    for (int i = 0; i < n; ++i)
        pthread_create(&threads[i], NULL, burn, NULL);
    for (int i = 0; i < n; ++i)
        pthread_join(threads[i], NULL);
    printf("wall_ms=%.3f cpu_ms=%.3f\n", clock_ms(CLOCK_MONOTONIC) - start,
           clock_ms(CLOCK_PROCESS_CPUTIME_ID));
    return 0;
}
