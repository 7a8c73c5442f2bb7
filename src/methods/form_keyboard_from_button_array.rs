//! OPI's `FormKeyboardFromButtonArray`: a keyboard made here from button captions,
//! for the Keyboard parameter of the sending functions. Nothing is sent.

use serde_json::{Value, json};

use crate::args::Args;
use crate::error::Error;
use crate::method::{Group, Method, Runs};
use crate::param::{Param, ParamType};

/// The buttons' captions.
pub const BUTTON_ARRAY: Param = Param {
    name: "ButtonArray",
    option: "buttons",
    alias: Some('b'),
    ty: ParamType::Array,
    required: true,
    description: "Array of button captions",
    env: None,
};

/// Under the message (inline), or in place of the user's keyboard.
pub const UNDER_MESSAGE: Param = Param {
    name: "UnderMessage",
    option: "under",
    alias: Some('u'),
    ty: ParamType::Boolean { default: false },
    required: false,
    description: "Keyboard under the message (true) or at the bottom (false, if not given)",
    env: None,
};

/// One button a row, or all in one row.
pub const ONE_BY_ONE: Param = Param {
    name: "OneByOne",
    option: "column",
    alias: Some('c'),
    ty: ParamType::Boolean { default: true },
    required: false,
    description: "One button per row (true, if not given) or all in one row (false)",
    env: None,
};

/// The longest `callback_data` Telegram takes, in bytes.
const MAX_CALLBACK_DATA: usize = 64;

/// The method's descriptor.
pub const METHOD: Method = Method {
    name: "FormKeyboardFromButtonArray",
    name_ru: "СформироватьКлавиатуруПоМассивуКнопок",
    bot_method: "none, made here for reply_markup",
    group: Group::DataSending,
    summary: "Makes a keyboard from an array of button captions, for the Keyboard parameter",
    doc: "Sends nothing. `result` is the keyboard as standard JSON: with UnderMessage, an \
          InlineKeyboardMarkup whose buttons send their caption as `callback_data` \
          (`{\"inline_keyboard\":[[{\"text\":\"A\",\"callback_data\":\"A\"}]]}`); without, a \
          ReplyKeyboardMarkup (`{\"keyboard\":[[{\"text\":\"A\"}]],\"resize_keyboard\":true}`). \
          OneByOne puts each button on a row of its own, else all on one row. Pass the whole \
          result to a sending function's Keyboard: a result saying `\"ok\":true` stands for \
          its `result`. Unlike OPI, the JSON is double-quoted (OPI's single quotes are not \
          JSON), the inline form has no `rows` key and reply buttons no `callback_data` \
          (neither is a Bot API field), and an inline caption over 64 bytes, which Telegram \
          would refuse as `callback_data`, is refused here.",
    params: &[&BUTTON_ARRAY, &UNDER_MESSAGE, &ONE_BY_ONE],
    example: &[
        ("buttons", "['Button1','Button2','Button3']"),
        ("under", "true"),
    ],
    runs: Runs::Local(form),
};

fn form(_: &Method, args: &Args) -> Result<String, Error> {
    let captions = args.strings(&BUTTON_ARRAY)?;
    if captions.is_empty() {
        return Err(Error::invalid(BUTTON_ARRAY.name, "holds no button"));
    }
    let under = args.flag(&UNDER_MESSAGE);
    let mut buttons = Vec::with_capacity(captions.len());
    for text in captions {
        if under && text.len() > MAX_CALLBACK_DATA {
            return Err(Error::invalid(
                BUTTON_ARRAY.name,
                format!(
                    "a caption of {} bytes cannot be an inline button's callback_data \
                     (at most {MAX_CALLBACK_DATA})",
                    text.len()
                ),
            ));
        }
        buttons.push(match under {
            true => json!({"text": text, "callback_data": text}),
            false => json!({"text": text}),
        });
    }
    let rows = if args.flag(&ONE_BY_ONE) {
        buttons.into_iter().map(|b| Value::Array(vec![b])).collect()
    } else {
        vec![Value::Array(buttons)]
    };
    let keyboard = if under {
        json!({"inline_keyboard": rows})
    } else {
        json!({"keyboard": rows, "resize_keyboard": true})
    };
    Ok(json!({"ok": true, "result": keyboard}).to_string())
}
