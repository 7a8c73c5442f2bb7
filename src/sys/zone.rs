//! The host's local time zone, for dates written without an offset.
//!
//! On Unix it is read through the C library (`TZ`, else `/etc/localtime`), not through
//! chrono's `Local`: `Local` caches the zone in a thread-local value whose destructor
//! glibc registers against this library, and a library with a destructor pending on a
//! live thread is never unloaded, so every host thread that once read a date would pin
//! a copy of libopi, its client and its sockets until the thread ended. Windows keeps no
//! such cache and `FreeLibrary` is not held back by one, so there chrono's `Local`
//! (the system's zone) serves.

#[cfg(windows)]
pub use chrono::Local as HostZone;

#[cfg(unix)]
pub use unix::HostZone;

#[cfg(unix)]
mod unix {
    use chrono::{FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

    /// The local time zone as the C library knows it when each question is asked.
    #[derive(Clone, Copy, Debug)]
    pub struct HostZone;

    unsafe extern "C" {
        /// POSIX `tzset`, which the libc crate does not declare.
        fn tzset();
    }

    /// Further from a local time than this no offset in force can be: offsets stay
    /// within a day of UTC, and no zone changes its offset twice in a day.
    const DAY: i64 = 86_400;

    impl HostZone {
        /// The offset in force at `unix` seconds.
        fn offset_at(unix: i64) -> FixedOffset {
            // A 32-bit time_t ends in 2038; later instants take the last offset it can
            // name, which is the zone's standard or summer time of that January. (The
            // libc crate marks the name deprecated on musl, where it plans to widen the
            // type; the clamp holds for either width.)
            #[allow(deprecated)]
            let at = libc::time_t::try_from(unix).unwrap_or(if unix < 0 {
                libc::time_t::MIN
            } else {
                libc::time_t::MAX
            });
            // SAFETY: `tm` is integers and a pointer, for which all zeroes is valid.
            let mut tm: libc::tm = unsafe { std::mem::zeroed() };
            // SAFETY: tzset takes no arguments; it rereads TZ, so a change made by the
            // host applies from the next date on, as it does for the host's own
            // localtime(). localtime_r writes only into `tm`.
            let known = unsafe {
                tzset();
                !libc::localtime_r(&at, &mut tm).is_null()
            };
            let east = if known {
                i32::try_from(tm.tm_gmtoff).unwrap_or(0)
            } else {
                0
            };
            FixedOffset::east_opt(east).unwrap_or(FixedOffset::east_opt(0).expect("UTC"))
        }
    }

    impl TimeZone for HostZone {
        type Offset = FixedOffset;

        fn from_offset(_: &FixedOffset) -> HostZone {
            HostZone
        }

        fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
            self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
        }

        /// The offsets under which the wall-clock time `local` happens: one, two where
        /// clocks were turned back over it, none where they jumped over it.
        fn offset_from_local_datetime(
            &self,
            local: &NaiveDateTime,
        ) -> MappedLocalTime<FixedOffset> {
            let wall = local.and_utc().timestamp();
            // Every offset that can apply is in force at one of these instants.
            let mut fitting: Vec<FixedOffset> = Vec::with_capacity(3);
            for offset in [wall - DAY, wall, wall + DAY].map(Self::offset_at) {
                let fits = Self::offset_at(wall - i64::from(offset.local_minus_utc())) == offset;
                if fits && !fitting.contains(&offset) {
                    fitting.push(offset);
                }
            }
            // The larger offset east names the earlier instant.
            fitting.sort_by_key(|o| std::cmp::Reverse(o.local_minus_utc()));
            match fitting[..] {
                [] => MappedLocalTime::None,
                [single] => MappedLocalTime::Single(single),
                [earlier, .., later] => MappedLocalTime::Ambiguous(earlier, later),
            }
        }

        fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
            self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
        }

        fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
            Self::offset_at(utc.and_utc().timestamp())
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use chrono::{Local, Offset};

        /// The C library and chrono read the same zone files, so they agree on every
        /// instant and every wall-clock time, gaps and repeats included, whatever zone
        /// the tests run in.
        #[test]
        fn agrees_with_chrono_local() {
            let start = NaiveDate::from_ymd_opt(2024, 1, 1)
                .unwrap()
                .and_time(NaiveTime::MIN);
            for hour in (0..24 * 366).step_by(5) {
                let at = start + chrono::Duration::hours(hour) + chrono::Duration::minutes(30);
                assert_eq!(
                    HostZone.offset_from_utc_datetime(&at),
                    Local.offset_from_utc_datetime(&at).fix(),
                    "{at} UTC"
                );
                assert_eq!(
                    HostZone.offset_from_local_datetime(&at),
                    Local.offset_from_local_datetime(&at).map(|o| o.fix()),
                    "{at} local"
                );
            }
        }
    }
}
