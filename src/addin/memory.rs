//! The platform's memory manager (`IMemoryManager`).
//!
//! Every string the component hands to the platform (names, property values, results)
//! is allocated here, because the platform releases it with its own `FreeMemory`;
//! memory from Rust's allocator would be released by the wrong allocator.

use std::ffi::{c_ulong, c_void};
use std::ptr::{self, NonNull};

/// The C++ object the platform passes to `setMemManager`: a pointer to its vtable.
#[repr(C)]
pub struct MemoryManager {
    vtable: *const MemoryManagerVtable,
}

/// `IMemoryManager`'s vtable: the virtual destructor, then `AllocMemory` and `FreeMemory`.
#[repr(C)]
struct MemoryManagerVtable {
    /// A virtual destructor takes two slots under the Itanium C++ ABI (complete and
    /// deleting) and one under MSVC. Never called from here.
    #[cfg(not(windows))]
    _complete_dtor: usize,
    _dtor: usize,
    /// Returns a C++ `bool`, read as a byte: a Rust `bool` holding anything but 0 or 1
    /// would be undefined behaviour, and the byte is all a `bool` return promises.
    alloc_memory: unsafe extern "system" fn(*mut MemoryManager, *mut *mut c_void, c_ulong) -> u8,
    /// `FreeMemory`: only the platform releases what it was given.
    _free_memory: usize,
}

/// A memory manager that the platform keeps alive while any component uses it.
#[derive(Clone, Copy)]
pub struct Memory(NonNull<MemoryManager>);

impl Memory {
    /// # Safety
    /// `ptr` is NULL or points to the platform's `IMemoryManager`, which stays valid for
    /// as long as the returned value is used.
    pub unsafe fn new(ptr: *mut MemoryManager) -> Option<Memory> {
        NonNull::new(ptr).map(Memory)
    }

    /// `text` as a NUL-terminated UTF-16 string in memory the platform owns, and its
    /// length in code units without the NUL; `None` when the platform refuses the
    /// allocation.
    pub fn wide(self, text: &str) -> Option<(NonNull<u16>, u32)> {
        let units: Vec<u16> = text.encode_utf16().chain([0]).collect();
        let len = u32::try_from(units.len() - 1).ok()?;
        Some((self.copy(&units)?, len))
    }

    /// `bytes` in memory the platform owns, for a BinaryData value; `None` when the
    /// platform refuses the allocation or there are more than a `u32` counts.
    pub fn bytes(self, bytes: &[u8]) -> Option<(NonNull<u8>, u32)> {
        let len = u32::try_from(bytes.len()).ok()?;
        // One byte more, so that even no bytes are a block of the platform's.
        let mut with_room = Vec::with_capacity(bytes.len() + 1);
        with_room.extend_from_slice(bytes);
        with_room.push(0);
        Some((self.copy(&with_room)?, len))
    }

    /// `items` copied into a block from the platform's allocator.
    fn copy<T: Copy>(self, items: &[T]) -> Option<NonNull<T>> {
        let bytes = c_ulong::try_from(std::mem::size_of_val(items)).ok()?;
        let mut block: *mut c_void = ptr::null_mut();
        // SAFETY: the manager and its vtable are valid by `new`'s contract; AllocMemory
        // writes a pointer to `bytes` bytes into `block`, or fails.
        let allocated = unsafe {
            let manager = self.0.as_ptr();
            ((*(*manager).vtable).alloc_memory)(manager, &mut block, bytes)
        };
        let block = NonNull::new(block.cast::<T>()).filter(|_| allocated != 0)?;
        // SAFETY: the block holds `items.len()` items, and the platform's allocator,
        // like malloc, aligns every block for any scalar type.
        unsafe { ptr::copy_nonoverlapping(items.as_ptr(), block.as_ptr(), items.len()) };
        Some(block)
    }
}
