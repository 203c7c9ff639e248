#ifndef SITEGEN_CSUPPORT_H
#define SITEGEN_CSUPPORT_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 where the system or file system cannot do it.
int sitegen_exchange_paths(const char *first, const char *second);

#endif
