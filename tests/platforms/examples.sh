#!/usr/bin/env bash
# Generated from the method table by tests/codegen; do not edit.
# `cargo test --test codegen` writes it anew after the table changes.
# requests: 46

oint telegram GetBotInformation \
--token "***"

oint telegram GetUpdates \
--token "***" \
--timeout 2 \
--offset 291366000

oint telegram SetWebhook \
--token "***" \
--url "https://api.athenaeum.digital/opi/hs/twitter"

oint telegram DeleteWebhook \
--token "***"

oint telegram DownloadFile \
--token "***" \
--fileid "BQACAgIAAxkBAAIBSmall" \
--out "file_0.bin"

oint telegram ProcessTMAData \
--data "query_id=AAE5Ve4bAAAAADlV7ht_iBSD&auth_date=1767706628&hash=***" \
--token "***"

oint telegram SendTextMessage \
--token "***" \
--chat "461699897" \
--text "String value"

oint telegram SendImage \
--token "***" \
--chat "461699897" \
--text "Text" \
--picture "https://hut.openintegrations.dev/test_data/picture.jpg"

oint telegram SendVideo \
--token "***" \
--chat "461699897" \
--text "Text" \
--video "https://hut.openintegrations.dev/test_data/video.mp4"

oint telegram SendAudio \
--token "***" \
--chat "461699897" \
--text "Text" \
--audio "https://hut.openintegrations.dev/test_data/song.mp3"

oint telegram SendDocument \
--token "***" \
--chat "461699897" \
--text "Document caption" \
--doc "https://hut.openintegrations.dev/test_data/document.docx" \
--filename "customname.docx"

oint telegram SendGif \
--token "***" \
--chat "461699897" \
--text "Text" \
--gif "https://hut.openintegrations.dev/test_data/animation.gif"

oint telegram SendMediaGroup \
--token "***" \
--chat "461699897" \
--text "Text" \
--media "{'https://hut.openintegrations.dev/test_data/picture.jpg':'photo','https://hut.openintegrations.dev/test_data/video.mp4':'video'}"

oint telegram SendLocation \
--token "***" \
--chat "461699897" \
--lat 48.87373649724122 \
--long 2.2954639195323967

oint telegram SendContact \
--token "***" \
--chat "461699897" \
--name "Petr" \
--surname "Petrov" \
--phone "+123456789"

oint telegram SendPoll \
--token "***" \
--chat "461699897" \
--question "What's your favorite color?" \
--options "['Red','Yellow','Green','Blue']" \
--anonymous true

oint telegram ForwardMessage \
--token "***" \
--message 5920 \
--from "@testsichee" \
--to "461699897"

oint telegram DeleteMessage \
--token "***" \
--chat "@testsichee" \
--message 5920

oint telegram ReplaceMessageKeyboard \
--token "***" \
--chat "461699897" \
--message 5923 \
--keyboard "{'inline_keyboard':[[{'text':'New button 3','callback_data':'New button 3'},{'text':'New button 2','callback_data':'New button 2'},{'text':'New button 1','callback_data':'New button 1'}]],'rows':'1'}"

oint telegram ReplaceMessageText \
--token "***" \
--chat "461699897" \
--message 5922 \
--text "New message text"

oint telegram ReplaceMessageCaption \
--token "***" \
--chat "461699897" \
--message 5921 \
--caption "New picture description"

oint telegram FormKeyboardFromButtonArray \
--buttons "['Button1','Button2','Button3']" \
--under true

oint telegram Ban \
--token "***" \
--chat "@testsichee" \
--user 461699897

oint telegram Unban \
--token "***" \
--chat "@testsichee" \
--user 461699897

oint telegram CreateInvitationLink \
--token "***" \
--chat "@testsichee" \
--expire "2025-05-02T15:46:10.9476699" \
--title "Link 01.05.2025 15:46:10" \
--limit 200

oint telegram EditInvitationLink \
--token "***" \
--chat "@testsichee" \
--link "https://t.me/+hUgH4yjb_7wyZDBi" \
--title "Spring" \
--limit 100

oint telegram RevokeInvitationLink \
--token "***" \
--chat "@testsichee" \
--link "https://t.me/+hUgH4yjb_7wyZDBi"

oint telegram ExportPrimaryInvitationLink \
--token "***" \
--chat "@testsichee"

oint telegram CreateJoinRequestLink \
--token "***" \
--chat "@testsichee" \
--title "By request" \
--expire "2025-05-02T15:46:10"

oint telegram CreateSubscriptionLink \
--token "***" \
--chat "@testsichee" \
--title "Members" \
--price 50

oint telegram EditSubscriptionLink \
--token "***" \
--chat "@testsichee" \
--link "https://t.me/+hUgH4yjb_7wyZDBi" \
--title "Supporters"

oint telegram ApproveJoinRequest \
--token "***" \
--chat "@testsichee" \
--user 123456789

oint telegram DeclineJoinRequest \
--token "***" \
--chat "@testsichee" \
--user 123456789

oint telegram PinMessage \
--token "***" \
--chat "@testsichee" \
--message 5920

oint telegram UnpinMessage \
--token "***" \
--chat "@testsichee" \
--message 5920

oint telegram GetParticipantCount \
--token "***" \
--chat "@testsichee"

oint telegram GetAvatarIconList \
--token "***"

oint telegram CreateForumTopic \
--token "***" \
--forum "-1002173079366" \
--title "Test topic" \
--icon "5357419403325481346"

oint telegram EditForumTopic \
--token "***" \
--forum "-1002173079366" \
--topic 5 \
--title "New name" \
--icon "5310132165583840589"

oint telegram CloseForumTopic \
--token "***" \
--forum "-1002173079366" \
--topic 5

oint telegram OpenForumTopic \
--token "***" \
--forum "-1002173079366" \
--topic 5

oint telegram DeleteForumTopic \
--token "***" \
--forum "-1002173079366" \
--topic 5

oint telegram HideMainForumTopic \
--token "***" \
--forum "-1002173079366"

oint telegram ShowMainForumTopic \
--token "***" \
--forum "-1002173079366"

oint telegram EditMainForumTopicName \
--token "***" \
--forum "-1002173079366" \
--title "New main topic name"

oint telegram ClearTopicPinnedMessagesList \
--token "***" \
--forum "-1002173079366" \
--topic 5

oint telegram Call \
--token "***" \
--method "getChat" \
--params "{\"chat_id\":\"@testsichee\"}"

oint telegram CallWithFiles \
--token "***" \
--method "sendVoice" \
--params "{\"chat_id\":\"@testsichee\"}" \
--files "{'voice':'https://hut.openintegrations.dev/test_data/song.mp3'}"
