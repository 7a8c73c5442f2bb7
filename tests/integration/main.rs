//! libopi's integration tests, in one binary: through the exported C functions, the
//! `oint` CLI, C, C++ and 1C hosts, against loopback stand-ins of the Bot API; and the
//! layering of the sources.
//!
//! Tests that need a process of their own (for what is read from the environment once)
//! run themselves again through [`common::in_child`].

mod common;

mod addin;
mod administration;
mod c_hosts;
mod cli;
mod create_invitation_link;
mod data_retrieval;
mod data_sending;
mod downloads;
mod environment;
mod family;
mod forum_topics;
mod hostile_input;
mod keep_alive;
mod layers;
mod load;
mod local_time;
mod lookups;
mod network_faults;
mod proxy;
mod results;
mod tls;
