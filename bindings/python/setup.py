"""The wheel's tag: the package holds no extension module, yet it carries a library built
for one platform. OPI_WHEEL_PLATFORM (set by wheels.py) names that platform, such as
manylinux2014_x86_64; the wheel then works with any Python 3 on it (py3-none-PLATFORM).
Without it the wheel is pure, for a system that provides libopi itself."""

import os

from setuptools import Distribution, setup
from setuptools.command.bdist_wheel import bdist_wheel

PLATFORM = os.environ.get("OPI_WHEEL_PLATFORM")


class LibraryDistribution(Distribution):
    def has_ext_modules(self) -> bool:
        # A library inside makes the wheel a platform wheel, installed as such.
        return bool(PLATFORM)


class PlatformWheel(bdist_wheel):
    def get_tag(self) -> tuple[str, str, str]:
        if PLATFORM:
            return "py3", "none", PLATFORM
        return super().get_tag()


setup(distclass=LibraryDistribution, cmdclass={"bdist_wheel": PlatformWheel})
