//! C placeholder
