oint telegram CreateInvitationLink \
--token "***" \
--chat "@testsichee" \
--expire "2025-05-02T15:46:10.9476699" \
--title "Link 01.05.2025 15:46:10" \
--limit 200
