/*
 * Generated from the method table by tests/codegen; do not edit.
 * `cargo test --test codegen` writes it anew after the table changes.
 *
 * Every method's example as the 1C platform passes its values to the add-in: each
 * parameter in the method's order, as the 1C value its kind takes. The harnesses that
 * play the platform (host.cpp, windows_host.c) call every method with them, by both
 * names, and compare what reached the stand-in with tests/examples.requests.
 *
 * Options of an example that are not parameters (DownloadFile's `out`, the CLI's) are
 * not here.
 */
#ifndef OPI_ADDIN_EXAMPLES_H
#define OPI_ADDIN_EXAMPLES_H

#include <stddef.h>

enum {
    /* Not given by the example: the harness passes what GetParamDefValue gives, as the
       platform does for a parameter left out. */
    EXAMPLE_LEFT_OUT,
    /* A String: the bot's token, `***` in the example, the stand-in's in the call. */
    EXAMPLE_TOKEN,
    /* A String: `text`, UTF-8. */
    EXAMPLE_STRING,
    /* A Number: `number`, which the platform passes as VTYPE_I4 when it is a whole
       number that fits and as VTYPE_R8 otherwise. */
    EXAMPLE_NUMBER,
    /* A Boolean: `boolean`, 0 or 1. */
    EXAMPLE_BOOLEAN,
    /* A Date: `date`, year, month, day, hour, minute, second, local wall-clock time. */
    EXAMPLE_DATE
};

typedef struct ExampleValue {
    int type;
    const char *text;
    double number;
    int boolean;
    int date[6];
} ExampleValue;

typedef struct Example {
    const char *name;
    const char *name_ru;
    /* Whether it answers BinaryData, the file downloaded, rather than a String. */
    int downloads;
    /* Its parameters: EXAMPLE_VALUES[first] onwards. */
    int count;
    int first;
} Example;

/* No method takes more parameters than this. */
#define EXAMPLE_MOST_PARAMS 7

static const ExampleValue EXAMPLE_VALUES[] = {
    /* GetBotInformation */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    /* GetUpdates */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 2.0, 0, {0, 0, 0, 0, 0, 0}}, /* Timeout */
    {EXAMPLE_NUMBER, NULL, 291366000.0, 0, {0, 0, 0, 0, 0, 0}}, /* Offset */
    /* SetWebhook */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "https://api.athenaeum.digital/opi/hs/twitter", 0, 0, {0, 0, 0, 0, 0, 0}}, /* URL */
    /* DeleteWebhook */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    /* DownloadFile */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "BQACAgIAAxkBAAIBSmall", 0, 0, {0, 0, 0, 0, 0, 0}}, /* FileID */
    /* ProcessTMAData */
    {EXAMPLE_STRING, "query_id=AAE5Ve4bAAAAADlV7ht_iBSD&auth_date=1767706628&hash=***", 0, 0, {0, 0, 0, 0, 0, 0}}, /* DataString */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    /* SendTextMessage */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "String value", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Text */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Markup */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* RepliedID */
    /* SendImage */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Text", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Text */
    {EXAMPLE_STRING, "https://hut.openintegrations.dev/test_data/picture.jpg", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Image */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Markup */
    /* SendVideo */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Text", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Text */
    {EXAMPLE_STRING, "https://hut.openintegrations.dev/test_data/video.mp4", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Video */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Markup */
    /* SendAudio */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Text", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Text */
    {EXAMPLE_STRING, "https://hut.openintegrations.dev/test_data/song.mp3", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Audio */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Markup */
    /* SendDocument */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Document caption", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Text */
    {EXAMPLE_STRING, "https://hut.openintegrations.dev/test_data/document.docx", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Document */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Markup */
    {EXAMPLE_STRING, "customname.docx", 0, 0, {0, 0, 0, 0, 0, 0}}, /* FileName */
    /* SendGif */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Text", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Text */
    {EXAMPLE_STRING, "https://hut.openintegrations.dev/test_data/animation.gif", 0, 0, {0, 0, 0, 0, 0, 0}}, /* GIF */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Markup */
    /* SendMediaGroup */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Text", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Text */
    {EXAMPLE_STRING, "{'https://hut.openintegrations.dev/test_data/picture.jpg':'photo','https://hut.openintegrations.dev/test_data/video.mp4':'video'}", 0, 0, {0, 0, 0, 0, 0, 0}}, /* FileMapping */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Markup */
    /* SendLocation */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 48.87373649724122, 0, {0, 0, 0, 0, 0, 0}}, /* Latitude */
    {EXAMPLE_NUMBER, NULL, 2.2954639195323967, 0, {0, 0, 0, 0, 0, 0}}, /* Longitude */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    /* SendContact */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Petr", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Name */
    {EXAMPLE_STRING, "Petrov", 0, 0, {0, 0, 0, 0, 0, 0}}, /* LastName */
    {EXAMPLE_STRING, "+123456789", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Phone */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    /* SendPoll */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "What's your favorite color\?", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Question */
    {EXAMPLE_STRING, "['Red','Yellow','Green','Blue']", 0, 0, {0, 0, 0, 0, 0, 0}}, /* AnswersArray */
    {EXAMPLE_BOOLEAN, NULL, 0, 1, {0, 0, 0, 0, 0, 0}}, /* Anonymous */
    /* ForwardMessage */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 5920.0, 0, {0, 0, 0, 0, 0, 0}}, /* OriginalID */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* FromID */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ToID */
    /* DeleteMessage */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5920.0, 0, {0, 0, 0, 0, 0, 0}}, /* MessageID */
    /* ReplaceMessageKeyboard */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5923.0, 0, {0, 0, 0, 0, 0, 0}}, /* MessageID */
    {EXAMPLE_STRING, "{'inline_keyboard':[[{'text':'New button 3','callback_data':'New button 3'},{'text':'New button 2','callback_data':'New button 2'},{'text':'New button 1','callback_data':'New button 1'}]],'rows':'1'}", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Keyboard */
    /* ReplaceMessageText */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5922.0, 0, {0, 0, 0, 0, 0, 0}}, /* MessageID */
    {EXAMPLE_STRING, "New message text", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Text */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Markup */
    /* ReplaceMessageCaption */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5921.0, 0, {0, 0, 0, 0, 0, 0}}, /* MessageID */
    {EXAMPLE_STRING, "New picture description", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Description */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Markup */
    /* FormKeyboardFromButtonArray */
    {EXAMPLE_STRING, "['Button1','Button2','Button3']", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ButtonArray */
    {EXAMPLE_BOOLEAN, NULL, 0, 1, {0, 0, 0, 0, 0, 0}}, /* UnderMessage */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* OneByOne */
    /* Ban */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* UserID */
    /* Unban */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 461699897.0, 0, {0, 0, 0, 0, 0, 0}}, /* UserID */
    /* CreateInvitationLink */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Link 01.05.2025 15:46:10", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Title */
    {EXAMPLE_DATE, NULL, 0, 0, {2025, 5, 2, 15, 46, 10}}, /* ExpirationDate */
    {EXAMPLE_NUMBER, NULL, 200.0, 0, {0, 0, 0, 0, 0, 0}}, /* UserLimit */
    /* EditInvitationLink */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "https://t.me/+hUgH4yjb_7wyZDBi", 0, 0, {0, 0, 0, 0, 0, 0}}, /* InviteLink */
    {EXAMPLE_STRING, "Spring", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Title */
    {EXAMPLE_LEFT_OUT, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* ExpirationDate */
    {EXAMPLE_NUMBER, NULL, 100.0, 0, {0, 0, 0, 0, 0, 0}}, /* UserLimit */
    /* RevokeInvitationLink */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "https://t.me/+hUgH4yjb_7wyZDBi", 0, 0, {0, 0, 0, 0, 0, 0}}, /* InviteLink */
    /* ExportPrimaryInvitationLink */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    /* CreateJoinRequestLink */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "By request", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Title */
    {EXAMPLE_DATE, NULL, 0, 0, {2025, 5, 2, 15, 46, 10}}, /* ExpirationDate */
    /* CreateSubscriptionLink */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Members", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Title */
    {EXAMPLE_NUMBER, NULL, 50.0, 0, {0, 0, 0, 0, 0, 0}}, /* Price */
    /* EditSubscriptionLink */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "https://t.me/+hUgH4yjb_7wyZDBi", 0, 0, {0, 0, 0, 0, 0, 0}}, /* InviteLink */
    {EXAMPLE_STRING, "Supporters", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Title */
    /* ApproveJoinRequest */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 123456789.0, 0, {0, 0, 0, 0, 0, 0}}, /* UserID */
    /* DeclineJoinRequest */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 123456789.0, 0, {0, 0, 0, 0, 0, 0}}, /* UserID */
    /* PinMessage */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5920.0, 0, {0, 0, 0, 0, 0, 0}}, /* MessageID */
    /* UnpinMessage */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5920.0, 0, {0, 0, 0, 0, 0, 0}}, /* MessageID */
    /* GetParticipantCount */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "@testsichee", 0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    /* GetAvatarIconList */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    /* CreateForumTopic */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, -1002173079366.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "Test topic", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Title */
    {EXAMPLE_STRING, "5357419403325481346", 0, 0, {0, 0, 0, 0, 0, 0}}, /* IconID */
    /* EditForumTopic */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, -1002173079366.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5.0, 0, {0, 0, 0, 0, 0, 0}}, /* TopicID */
    {EXAMPLE_STRING, "New name", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Title */
    {EXAMPLE_STRING, "5310132165583840589", 0, 0, {0, 0, 0, 0, 0, 0}}, /* IconID */
    /* CloseForumTopic */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, -1002173079366.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5.0, 0, {0, 0, 0, 0, 0, 0}}, /* TopicID */
    /* OpenForumTopic */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, -1002173079366.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5.0, 0, {0, 0, 0, 0, 0, 0}}, /* TopicID */
    /* DeleteForumTopic */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, -1002173079366.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5.0, 0, {0, 0, 0, 0, 0, 0}}, /* TopicID */
    /* HideMainForumTopic */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, -1002173079366.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    /* ShowMainForumTopic */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, -1002173079366.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    /* EditMainForumTopicName */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, -1002173079366.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_STRING, "New main topic name", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Title */
    /* ClearTopicPinnedMessagesList */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_NUMBER, NULL, -1002173079366.0, 0, {0, 0, 0, 0, 0, 0}}, /* ChatID */
    {EXAMPLE_NUMBER, NULL, 5.0, 0, {0, 0, 0, 0, 0, 0}}, /* TopicID */
    /* Call */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "getChat", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Method */
    {EXAMPLE_STRING, "{\"chat_id\":\"@testsichee\"}", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Parameters */
    /* CallWithFiles */
    {EXAMPLE_TOKEN, NULL, 0, 0, {0, 0, 0, 0, 0, 0}}, /* Token */
    {EXAMPLE_STRING, "sendVoice", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Method */
    {EXAMPLE_STRING, "{\"chat_id\":\"@testsichee\"}", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Parameters */
    {EXAMPLE_STRING, "{'voice':'https://hut.openintegrations.dev/test_data/song.mp3'}", 0, 0, {0, 0, 0, 0, 0, 0}}, /* Files */
};

static const Example EXAMPLES[] = {
    {"GetBotInformation", "ПолучитьИнформациюБота", 0, 1, 0},
    {"GetUpdates", "ПолучитьОбновления", 0, 3, 1},
    {"SetWebhook", "УстановитьWebhook", 0, 2, 4},
    {"DeleteWebhook", "УдалитьWebhook", 0, 1, 6},
    {"DownloadFile", "СкачатьФайл", 1, 2, 7},
    {"ProcessTMAData", "ОбработатьДанныеTMA", 0, 2, 9},
    {"SendTextMessage", "ОтправитьТекстовоеСообщение", 0, 6, 11},
    {"SendImage", "ОтправитьКартинку", 0, 6, 17},
    {"SendVideo", "ОтправитьВидео", 0, 6, 23},
    {"SendAudio", "ОтправитьАудио", 0, 6, 29},
    {"SendDocument", "ОтправитьДокумент", 0, 7, 35},
    {"SendGif", "ОтправитьГифку", 0, 6, 42},
    {"SendMediaGroup", "ОтправитьМедиагруппу", 0, 6, 48},
    {"SendLocation", "ОтправитьМестоположение", 0, 5, 54},
    {"SendContact", "ОтправитьКонтакт", 0, 6, 59},
    {"SendPoll", "ОтправитьОпрос", 0, 5, 65},
    {"ForwardMessage", "ПереслатьСообщение", 0, 4, 70},
    {"DeleteMessage", "УдалитьСообщение", 0, 3, 74},
    {"ReplaceMessageKeyboard", "ЗаменитьКлавиатуруСообщения", 0, 4, 77},
    {"ReplaceMessageText", "ЗаменитьТекстСообщения", 0, 5, 81},
    {"ReplaceMessageCaption", "ЗаменитьОписаниеСообщения", 0, 5, 86},
    {"FormKeyboardFromButtonArray", "СформироватьКлавиатуруПоМассивуКнопок", 0, 3, 91},
    {"Ban", "Бан", 0, 3, 94},
    {"Unban", "Разбан", 0, 3, 97},
    {"CreateInvitationLink", "СоздатьСсылкуПриглашение", 0, 5, 100},
    {"EditInvitationLink", "ИзменитьСсылкуПриглашение", 0, 6, 105},
    {"RevokeInvitationLink", "ОтозватьСсылкуПриглашение", 0, 3, 111},
    {"ExportPrimaryInvitationLink", "ЭкспортироватьОсновнуюСсылкуПриглашение", 0, 2, 114},
    {"CreateJoinRequestLink", "СоздатьСсылкуЗаявкиНаВступление", 0, 4, 116},
    {"CreateSubscriptionLink", "СоздатьСсылкуПодписки", 0, 4, 120},
    {"EditSubscriptionLink", "ИзменитьСсылкуПодписки", 0, 4, 124},
    {"ApproveJoinRequest", "ОдобритьЗаявкуНаВступление", 0, 3, 128},
    {"DeclineJoinRequest", "ОтклонитьЗаявкуНаВступление", 0, 3, 131},
    {"PinMessage", "ЗакрепитьСообщение", 0, 3, 134},
    {"UnpinMessage", "ОткрепитьСообщение", 0, 3, 137},
    {"GetParticipantCount", "ПолучитьЧислоУчастников", 0, 2, 140},
    {"GetAvatarIconList", "ПолучитьСписокИконокАватаров", 0, 1, 142},
    {"CreateForumTopic", "СоздатьТемуФорума", 0, 4, 143},
    {"EditForumTopic", "ИзменитьТемуФорума", 0, 5, 147},
    {"CloseForumTopic", "ЗакрытьТемуФорума", 0, 3, 152},
    {"OpenForumTopic", "ОткрытьТемуФорума", 0, 3, 155},
    {"DeleteForumTopic", "УдалитьТемуФорума", 0, 3, 158},
    {"HideMainForumTopic", "СкрытьГлавнуюТемуФорума", 0, 2, 161},
    {"ShowMainForumTopic", "ПоказатьГлавнуюТемуФорума", 0, 2, 163},
    {"EditMainForumTopicName", "ИзменитьИмяГлавнойТемыФорума", 0, 3, 165},
    {"ClearTopicPinnedMessagesList", "ОчиститьСписокЗакрепленныхСообщенийТемы", 0, 3, 168},
    {"Call", "ВызватьМетод", 0, 3, 171},
    {"CallWithFiles", "ВызватьМетодСФайлами", 0, 4, 174},
};

#define EXAMPLE_COUNT ((int)(sizeof EXAMPLES / sizeof EXAMPLES[0]))

#endif
