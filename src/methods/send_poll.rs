//! OPI's `SendPoll`, Bot API `sendPoll`.

use serde::Serialize;

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{CHAT_ID, Param, ParamType, TOKEN};
use crate::request::Request;
use crate::values::chat::ChatId;

/// The poll's question.
pub const QUESTION: Param = Param {
    name: "Question",
    option: "question",
    alias: Some('q'),
    ty: ParamType::String,
    required: true,
    description: "Poll question",
    env: None,
};

/// The answers to choose from.
pub const ANSWERS_ARRAY: Param = Param {
    name: "AnswersArray",
    option: "options",
    alias: Some('o'),
    ty: ParamType::Array,
    required: true,
    description: "Array of answer options",
    env: None,
};

/// Whether voters stay anonymous; OPI's default is yes.
pub const ANONYMOUS: Param = Param {
    name: "Anonymous",
    option: "anonymous",
    alias: Some('a'),
    ty: ParamType::Boolean { default: true },
    required: false,
    description: "Anonymous poll (true if not given)",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "SendPoll",
    name_ru: "ОтправитьОпрос",
    bot_method: "sendPoll",
    group: Group::DataSending,
    summary: "Sends a poll with answer options",
    doc: "AnswersArray is a JSON array of strings, or OPI's `['Red','Yellow']`; each is sent as \
          `{\"text\":...}`, the InputPollOption the Bot API documents, and fewer than two are \
          refused before sending. Anonymous is sent every time, as a JSON Boolean (OPI sends \
          1 or 0); left out it is true, as in OPI. No `parse_mode` is sent. The topic of \
          `ChatID*TopicID` is sent as `message_thread_id`. Telegram answers with the Message \
          holding the poll.",
    params: &[&TOKEN, &CHAT_ID, &QUESTION, &ANSWERS_ARRAY, &ANONYMOUS],
    example: &[
        ("token", "***"),
        ("chat", "461699897"),
        ("question", "What's your favorite color?"),
        ("options", "['Red','Yellow','Green','Blue']"),
        ("anonymous", "true"),
    ],
    runs: Runs::Request(prepare),
};

/// An answer as the Bot API takes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InputPollOption {
    pub text: String,
}

/// `sendPoll`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SendPoll {
    pub chat_id: ChatId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_thread_id: Option<i64>,
    pub question: String,
    pub options: Vec<InputPollOption>,
    pub is_anonymous: bool,
}

fn prepare(method: &Method, args: &Args) -> Result<Request, Error> {
    let token = args.token()?;
    let (chat_id, message_thread_id) = args.chat_with_topic(&CHAT_ID)?;
    let question = args.required_text(&QUESTION)?;
    let answers = args.strings(&ANSWERS_ARRAY)?;
    if answers.len() < 2 {
        return Err(Error::invalid(
            ANSWERS_ARRAY.name,
            format!("a poll needs at least 2 answers, got {}", answers.len()),
        ));
    }
    let payload = SendPoll {
        chat_id,
        message_thread_id,
        question,
        options: answers
            .into_iter()
            .map(|text| InputPollOption { text })
            .collect(),
        is_anonymous: args.flag(&ANONYMOUS),
    };
    Ok(Request::new(token, method.bot_method, &payload))
}
