/* Prints its own peak resident size as the kernel keeps it (VmHWM, KiB) and exits: `hwm`. What a
 * launcher reports as this program's peak must be this figure, whatever the launcher's own size. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    char status[8192];
    const int fd = open("/proc/self/status", O_RDONLY);
    if (fd < 0)
        return 1;
    const ssize_t n = read(fd, status, sizeof status - 1);
    close(fd);
    if (n <= 0)
        return 1;
    status[n] = '\0';
    const char *hwm = strstr(status, "VmHWM:");
    if (!hwm)
        return 1;
    const char *end = strchr(hwm, '\n');
    /* write(2), not stdio: no buffer is allocated after the figure was read. */
    return write(1, hwm, end ? (size_t)(end - hwm + 1) : strlen(hwm)) > 0 ? 0 : 1;
}
