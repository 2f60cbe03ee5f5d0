/* A parent whose child burns MS milliseconds of CPU; the parent waits for it, then prints the CPU
 * time it saw of both (its own rusage and its reaped child's), so that a test can hold the
 * launcher's figure against it at any load: `childburn MS`. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double rusage_ms(int who)
{
    struct rusage ru;
    if (getrusage(who, &ru) != 0)
        return -1;
    return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
           (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

int main(int argc, char **argv)
{
    const double target = argc > 1 ? atof(argv[1]) : 200;
    const pid_t child = fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        volatile unsigned long sink = 0;
        while (cpu_ms() < target) {
            for (int i = 0; i < 10000; ++i)
                sink += (unsigned long)i * 2654435761u;
        }
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    printf("child_cpu_ms=%.3f cpu_ms=%.3f\n", rusage_ms(RUSAGE_CHILDREN),
           rusage_ms(RUSAGE_SELF) + rusage_ms(RUSAGE_CHILDREN));
    return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}
