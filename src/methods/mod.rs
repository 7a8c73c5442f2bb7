//! The OPI methods libopi provides: one file each, holding its descriptor, its Bot API
//! payload and its `prepare` step. [`TELEGRAM`] lists them; the CLI and the add-in read
//! it, and the Rust API, the C functions, the bindings and the reference are generated
//! from it, so nothing is listed twice.

pub mod approve_join_request;
pub mod ban;
pub mod call;
pub mod clear_topic_pinned_messages_list;
pub mod close_forum_topic;
pub mod create_forum_topic;
pub mod create_invitation_link;
pub mod create_join_request_link;
pub mod create_subscription_link;
pub mod decline_join_request;
pub mod delete_forum_topic;
pub mod delete_message;
pub mod delete_webhook;
pub mod download_file;
pub mod edit_forum_topic;
pub mod edit_invitation_link;
pub mod edit_main_forum_topic_name;
pub mod edit_subscription_link;
pub mod export_primary_invitation_link;
pub mod form_keyboard_from_button_array;
pub mod forward_message;
pub mod get_avatar_icon_list;
pub mod get_bot_information;
pub mod get_participant_count;
pub mod get_updates;
pub mod hide_main_forum_topic;
pub mod open_forum_topic;
pub mod pin_message;
pub mod process_tma_data;
pub mod replace_message_caption;
pub mod replace_message_keyboard;
pub mod replace_message_text;
pub mod revoke_invitation_link;
pub mod send_contact;
pub mod send_location;
pub mod send_poll;
pub mod send_text_message;
pub mod set_webhook;
pub mod show_main_forum_topic;
pub mod unban;
pub mod unpin_message;

use crate::method::Method;

/// The methods of OPI's `telegram` library that libopi provides, in OPI's order.
pub const TELEGRAM: &[&Method] = &[
    &get_bot_information::METHOD,
    &get_updates::METHOD,
    &set_webhook::METHOD,
    &delete_webhook::METHOD,
    &download_file::METHOD,
    &process_tma_data::METHOD,
    &send_text_message::METHOD,
    &send_location::METHOD,
    &send_contact::METHOD,
    &send_poll::METHOD,
    &forward_message::METHOD,
    &delete_message::METHOD,
    &replace_message_keyboard::METHOD,
    &replace_message_text::METHOD,
    &replace_message_caption::METHOD,
    &form_keyboard_from_button_array::METHOD,
    &ban::METHOD,
    &unban::METHOD,
    &create_invitation_link::METHOD,
    &edit_invitation_link::METHOD,
    &revoke_invitation_link::METHOD,
    &export_primary_invitation_link::METHOD,
    &create_join_request_link::METHOD,
    &create_subscription_link::METHOD,
    &edit_subscription_link::METHOD,
    &approve_join_request::METHOD,
    &decline_join_request::METHOD,
    &pin_message::METHOD,
    &unpin_message::METHOD,
    &get_participant_count::METHOD,
    &get_avatar_icon_list::METHOD,
    &create_forum_topic::METHOD,
    &edit_forum_topic::METHOD,
    &close_forum_topic::METHOD,
    &open_forum_topic::METHOD,
    &delete_forum_topic::METHOD,
    &hide_main_forum_topic::METHOD,
    &show_main_forum_topic::METHOD,
    &edit_main_forum_topic_name::METHOD,
    &clear_topic_pinned_messages_list::METHOD,
    &call::METHOD,
];

/// Finds a method by name without regard to case, as OPI's CLI does.
pub fn find(name: &str) -> Option<&'static Method> {
    TELEGRAM
        .iter()
        .copied()
        .find(|m| m.name.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::method::Runs;

    #[test]
    fn methods_are_found_without_regard_to_case() {
        let create = &create_invitation_link::METHOD;
        assert_eq!(find("createinvitationlink"), Some(create));
        assert_eq!(find("CreateInvitationLink"), Some(create));
        assert_eq!(find("CreateLink"), None);
    }

    #[test]
    fn every_example_option_is_a_parameter_of_its_method() {
        for m in TELEGRAM {
            for (option, _) in m.example {
                // A download's file goes to oint's --out.
                let out = *option == "out" && matches!(m.runs, Runs::Download(..));
                assert!(
                    out || m.params.iter().any(|p| p.option == *option),
                    "{option}"
                );
            }
        }
    }

    #[test]
    fn names_and_options_are_unique_within_a_method() {
        for m in TELEGRAM {
            for (i, p) in m.params.iter().enumerate() {
                for q in &m.params[i + 1..] {
                    assert!(p.name != q.name && p.option != q.option, "{}", m.name);
                    assert!(p.alias.is_none() || p.alias != q.alias, "{}", m.name);
                }
                // `-h` is help wherever it stands.
                assert_ne!(p.alias, Some('h'), "{}", m.name);
            }
        }
    }
}
