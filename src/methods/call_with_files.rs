//! `CallWithFiles`: `Call` for Bot API methods that take files (sendVoice, sendSticker,
//! setChatPhoto, ...), the files named by form field. A method of libopi's own beside
//! OPI's `Call`, whose C signature 0.x keeps.

use serde_json::{Map, Value};

use crate::args::Args;
use crate::error::{Error, quoted};
use crate::method::{Group, Method, Runs};
use crate::methods::call::{BOT_METHOD, PARAMETERS};
use crate::param::{Param, ParamType, TOKEN};
use crate::request::{Attached, Request};
use crate::values::text;

/// The files, by the form field each goes under.
pub const FILES: Param = Param {
    name: "Files",
    option: "files",
    alias: None,
    ty: ParamType::Object,
    required: true,
    description: "Files by form field: {'voice': 'a path, URL or file_id'}",
    env: None,
};

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "CallWithFiles",
    name_ru: "ВызватьМетодСФайлами",
    bot_method: "any, named by the Method parameter",
    group: Group::AnyMethod,
    summary: "Calls any Bot API method with files, as multipart/form-data",
    doc: "Call for methods that take files (sendVoice, sendSticker, setChatPhoto, ...): \
          Parameters' fields go as text fields; Files is a JSON object of form field to a \
          path, URL or file_id, each checked as any file is. A field in both is refused: \
          it would go twice, and which value Telegram read would be a guess.",
    params: &[&TOKEN, &BOT_METHOD, &PARAMETERS, &FILES],
    example: &[
        ("token", "***"),
        ("method", "sendVoice"),
        ("params", r#"{"chat_id":"@testsichee"}"#),
        (
            "files",
            "{'voice':'https://hut.openintegrations.dev/test_data/song.mp3'}",
        ),
    ],
    runs: Runs::Request(prepare),
};

/// The Bot API method is the caller's, not the descriptor's.
fn prepare<'a>(_: &Method, args: &Args<'a>) -> Result<Request<'a>, Error> {
    let token = args.token()?;
    let method = BOT_METHOD.check(text::bot_method(args.text(&BOT_METHOD)))?;
    let parameters = PARAMETERS.check(text::json_object(args.text(&PARAMETERS)))?;
    let refused = |why: String| Error::invalid(FILES.name, why);
    let Some(Value::Object(given)) = args.object(&FILES)? else {
        return Err(refused(
            "is required: an object of form fields and files".into(),
        ));
    };
    // Checked to be an object above; its names, to refuse a field given twice.
    let fields: Map<String, Value> = serde_json::from_str(&parameters).unwrap_or_default();
    let mut files = Vec::with_capacity(given.len());
    for (field, file) in &given {
        let Some(file) = file.as_str() else {
            return Err(refused("each file is a path, URL or file_id".into()));
        };
        if fields.contains_key(field) {
            return Err(refused(format!(
                "names {}, which Parameters gives too: a field is sent once",
                quoted(field)
            )));
        }
        files.push(Attached::named(&FILES, field.clone(), file, field)?);
    }
    Ok(Request::any_multipart(token, method, &parameters, files))
}
