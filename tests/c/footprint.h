/*
 * What a loaded library leaves in its host process, as the host itself can see it:
 * open descriptors, threads, mappings of one file, and heap in use. Shared by the C
 * unload test and the 1C add-in harness, so it is valid C99 and C++17.
 */
#ifndef OPI_TEST_FOOTPRINT_H
#define OPI_TEST_FOOTPRINT_H

#include <dirent.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>

/* Entries of a /proc directory, without "." and "..". */
static long proc_entries(const char *path) {
    long n = 0;
    DIR *dir = opendir(path);
    struct dirent *entry;
    if (dir == NULL) {
        return -1;
    }
    while ((entry = readdir(dir)) != NULL) {
        n += entry->d_name[0] != '.';
    }
    closedir(dir);
    return n;
}

/* Open file descriptors, not counting the one that reads the directory. */
static long open_descriptors(void) { return proc_entries("/proc/self/fd") - 1; }

static long running_threads(void) { return proc_entries("/proc/self/task"); }

/* Lines of /proc/self/maps that map the file `path` (its absolute path). */
static long mappings_of(const char *path) {
    char line[4096];
    long n = 0;
    size_t length = strlen(path);
    FILE *maps = fopen("/proc/self/maps", "r");
    if (maps == NULL) {
        return -1;
    }
    while (fgets(line, sizeof line, maps) != NULL) {
        char *end = strchr(line, '\n');
        if (end != NULL) {
            *end = '\0';
        }
        end = line + strlen(line);
        n += (size_t)(end - line) >= length && strcmp(end - length, path) == 0;
    }
    fclose(maps);
    return n;
}

/* Bytes the C allocator has handed out and not had back, arenas and mmapped blocks.
 * glibc's count (2.33 and later); other C libraries (musl) keep none, and then the heap
 * is not checked. */
static long long heap_in_use(void) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    struct mallinfo2 info = mallinfo2();
    return (long long)info.uordblks + (long long)info.hblkhd;
#else
    return 0;
#endif
}

#endif /* OPI_TEST_FOOTPRINT_H */
