REM Generated from the method table by tests/codegen; do not edit.
REM `cargo test --test codegen` writes it anew after the table changes.

oint telegram GetBotInformation ^
--token "***"

oint telegram SetWebhook ^
--token "***" ^
--url "https://api.athenaeum.digital/opi/hs/twitter"

oint telegram DeleteWebhook ^
--token "***"

oint telegram ForwardMessage ^
--token "***" ^
--message 5920 ^
--from "@testsichee" ^
--to "461699897"

oint telegram DeleteMessage ^
--token "***" ^
--chat "@testsichee" ^
--message 5920

oint telegram Ban ^
--token "***" ^
--chat "@testsichee" ^
--user 461699897

oint telegram Unban ^
--token "***" ^
--chat "@testsichee" ^
--user 461699897

oint telegram CreateInvitationLink ^
--token "***" ^
--chat "@testsichee" ^
--expire "2025-05-02T15:46:10.9476699" ^
--title "Link 01.05.2025 15:46:10" ^
--limit 200

oint telegram EditInvitationLink ^
--token "***" ^
--chat "@testsichee" ^
--link "https://t.me/+hUgH4yjb_7wyZDBi" ^
--title "Spring" ^
--limit 100

oint telegram RevokeInvitationLink ^
--token "***" ^
--chat "@testsichee" ^
--link "https://t.me/+hUgH4yjb_7wyZDBi"

oint telegram ExportPrimaryInvitationLink ^
--token "***" ^
--chat "@testsichee"

oint telegram CreateJoinRequestLink ^
--token "***" ^
--chat "@testsichee" ^
--title "By request" ^
--expire "2025-05-02T15:46:10"

oint telegram CreateSubscriptionLink ^
--token "***" ^
--chat "@testsichee" ^
--title "Members" ^
--price 50

oint telegram EditSubscriptionLink ^
--token "***" ^
--chat "@testsichee" ^
--link "https://t.me/+hUgH4yjb_7wyZDBi" ^
--title "Supporters"

oint telegram ApproveJoinRequest ^
--token "***" ^
--chat "@testsichee" ^
--user 123456789

oint telegram DeclineJoinRequest ^
--token "***" ^
--chat "@testsichee" ^
--user 123456789

oint telegram PinMessage ^
--token "***" ^
--chat "@testsichee" ^
--message 5920

oint telegram UnpinMessage ^
--token "***" ^
--chat "@testsichee" ^
--message 5920

oint telegram GetParticipantCount ^
--token "***" ^
--chat "@testsichee"

oint telegram CreateForumTopic ^
--token "***" ^
--forum "-1002173079366" ^
--title "Test topic" ^
--icon "5357419403325481346"

oint telegram EditForumTopic ^
--token "***" ^
--forum "-1002173079366" ^
--topic 5 ^
--title "New name" ^
--icon "5310132165583840589"

oint telegram CloseForumTopic ^
--token "***" ^
--forum "-1002173079366" ^
--topic 5

oint telegram OpenForumTopic ^
--token "***" ^
--forum "-1002173079366" ^
--topic 5

oint telegram DeleteForumTopic ^
--token "***" ^
--forum "-1002173079366" ^
--topic 5

oint telegram HideMainForumTopic ^
--token "***" ^
--forum "-1002173079366"

oint telegram ShowMainForumTopic ^
--token "***" ^
--forum "-1002173079366"

oint telegram EditMainForumTopicName ^
--token "***" ^
--forum "-1002173079366" ^
--title "New main topic name"

oint telegram ClearTopicPinnedMessagesList ^
--token "***" ^
--forum "-1002173079366" ^
--topic 5

oint telegram Call ^
--token "***" ^
--method "getChat" ^
--params "{\"chat_id\":\"@testsichee\"}"
