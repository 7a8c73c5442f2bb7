/* CHECK(cond): counts a failure, with its place, in a variable named `failures` that
 * the caller has in scope. Needs nothing of libopi, so programs that only load it with
 * dlopen use it too. */
#ifndef OPI_TEST_CHECK_MACRO_H
#define OPI_TEST_CHECK_MACRO_H

#include <stdio.h>

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (!(cond)) {                                                           \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);      \
            ++failures;                                                          \
        }                                                                        \
    } while (0)

#endif
