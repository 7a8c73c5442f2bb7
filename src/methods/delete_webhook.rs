//! OPI's `DeleteWebhook`, Bot API `deleteWebhook`.

use crate::method::{Group, Method};
use crate::methods::get_bot_information;

/// The method's descriptor: `GetBotInformation`'s, a token and no fields, but for its
/// names.
pub const METHOD: Method = Method {
    name: "DeleteWebhook",
    name_ru: "УдалитьWebhook",
    bot_method: "deleteWebhook",
    group: Group::DataRetrieval,
    summary: "Removes the webhook, so that updates can be fetched with getUpdates again",
    doc: "Sends no fields, as OPI does: pending updates are kept (`drop_pending_updates` is not \
          sent). Telegram answers `true`, also when no webhook was set.",
    ..get_bot_information::METHOD
};
