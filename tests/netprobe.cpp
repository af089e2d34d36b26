// SPDX-License-Identifier: MIT
// LD_PRELOAD probe for tst_network: records every IP socket a process opens (AF_INET,
// AF_INET6) to the file named by JWTLENS_NETPROBE_LOG, then lets the call proceed. Local
// (AF_UNIX) sockets are not network connections and are not recorded.

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" int socket(int domain, int type, int protocol)
{
    using Real = int (*)(int, int, int);
    static const Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "socket"));
    if (domain == AF_INET || domain == AF_INET6) {
        if (const char *log = std::getenv("JWTLENS_NETPROBE_LOG")) {
            const int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
            if (fd >= 0) {
                char line[64];
                const int n = std::snprintf(line, sizeof line, "socket domain=%d type=%d\n", domain,
                                            type);
                if (n > 0 && write(fd, line, size_t(n)) < 0) { }
                close(fd);
            }
        }
    }
    return real ? real(domain, type, protocol) : -1;
}
