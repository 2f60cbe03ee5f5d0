/* A parent whose child burns MS milliseconds of CPU; the parent waits for it: `childburn MS`. */
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
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
    return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}
