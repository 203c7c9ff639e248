#define _GNU_SOURCE
#include <stdio.h>
#include <fcntl.h>
#include "csupport.h"

int sitegen_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    (void)first;
    (void)second;
    return -1;
#endif
}
