package opi

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"
)

// exported reads this package's own source, as installed, for its exported functions
// (with their parameters' names and types) and constants (with their values).
func exported(t *testing.T) (map[string][][2]string, map[string]string) {
	files, err := filepath.Glob("*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no source beside the test: %v", err)
	}
	functions := map[string][][2]string{}
	constants := map[string]string{}
	fset := gotoken.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		parsed, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range parsed.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil || !d.Name.IsExported() {
					continue
				}
				var params [][2]string
				for _, field := range d.Type.Params.List {
					for _, name := range field.Names {
						params = append(params, [2]string{name.Name, types.ExprString(field.Type)})
					}
				}
				functions[d.Name.Name] = params
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					if value, ok := spec.(*ast.ValueSpec); ok && d.Tok == gotoken.CONST && len(value.Values) == 1 {
						if literal, ok := value.Values[0].(*ast.BasicLit); ok {
							constants[value.Names[0].Name] = strings.Trim(literal.Value, `"`)
						}
					}
				}
			}
		}
	}
	return functions, constants
}

func TestEveryMethodOfTheTableIsOffered(t *testing.T) {
	described, err := Describe()
	if err != nil {
		t.Fatal(err)
	}
	result := described["result"].(map[string]any)
	methods := result["libraries"].([]any)[0].(map[string]any)["methods"].([]any)
	if len(methods) < 10 {
		t.Fatalf("%d methods", len(methods))
	}
	functions, constants := exported(t)
	goTypes := map[string]string{"text": "string", "chat": "string", "date": "string", "int32": "int32", "int64": "int64",
		"bool": "bool", "double": "float64", "object": "any", "array": "any"}
	for _, m := range methods {
		method := m.(map[string]any)
		name := method["name"].(string)
		var required, optional [][2]string
		for _, p := range method["params"].([]any) {
			param := p.(map[string]any)
			pair := [2]string{param["option"].(string), goTypes[param["value"].(string)]}
			if param["required"].(bool) {
				required = append(required, pair)
			} else {
				optional = append(optional, pair)
			}
		}
		got, offered := functions[name]
		want := append(required, optional...)
		if !offered {
			t.Errorf("%s is not offered", name)
		} else if len(got) != len(want) {
			t.Errorf("%s%v, want the parameters %v", name, got, want)
		} else {
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s%v, want the parameters %v", name, got, want)
					break
				}
			}
		}
	}
	for _, k := range result["error_kinds"].([]any) {
		kind := k.(map[string]any)["name"].(string)
		found := false
		for constant, value := range constants {
			found = found || (strings.HasPrefix(constant, "Kind") && value == kind)
		}
		if !found {
			t.Errorf("no Kind constant for %s", kind)
		}
	}
}

func TestRevokeInvitationLink(t *testing.T) {
	const link = "https://t.me/+AAAAAAAAAAAAAAAA"
	revoked, err := RevokeInvitationLink(token, "-1001234567890", link)
	if err != nil {
		t.Fatal(err)
	}
	result := revoked["result"].(map[string]any)
	if result["invite_link"] != link || result["is_revoked"] != true {
		t.Errorf("result = %v", result)
	}
}

func TestApproveJoinRequestTakes64BitUsers(t *testing.T) {
	// 1<<40 + 7 cut to 32 bits would be 7; the stand-in refuses user 1 and ids below 1.
	for _, approve := range []func(string, string, int64) (map[string]any, error){ApproveJoinRequest, DeclineJoinRequest} {
		answer, err := approve(token, chat, 1<<40+7)
		if err != nil || answer["result"] != true {
			t.Fatalf("answer = %v, err = %v", answer, err)
		}
	}
	_, err := ApproveJoinRequest(token, chat, 1)
	var tgErr *TelegramError
	if !errors.As(err, &tgErr) || tgErr.Description != "Bad Request: HIDE_REQUESTER_MISSING" {
		t.Errorf("user 1: err = %v", err)
	}
}

func TestCreateSubscriptionLinkWithItsRequiredPrice(t *testing.T) {
	link, err := CreateSubscriptionLink(token, chat, 50, "Stars")
	if err != nil {
		t.Fatal(err)
	}
	result := link["result"].(map[string]any)
	if result["subscription_price"] != float64(50) || result["subscription_period"] != float64(2592000) || result["name"] != "Stars" {
		t.Errorf("result = %v", result)
	}
	_, err = CreateSubscriptionLink(token, chat, 10001, "")
	var libErr *LibraryError
	if !errors.As(err, &libErr) || libErr.Kind != KindInvalidArgument || libErr.Parameter != "Price" {
		t.Errorf("price 10001: err = %v", err)
	}
}

func TestCall(t *testing.T) {
	answer, err := Call(token, "getChat", `{"chat_id": "@loopback_group"}`)
	if err != nil {
		t.Fatal(err)
	}
	if username := answer["result"].(map[string]any)["username"]; username != "loopback_group" {
		t.Errorf("username = %v", username)
	}
	answer, err = Call(token, "getMe", "")
	if err != nil || answer["result"].(map[string]any)["is_bot"] != true {
		t.Errorf("getMe: %v, %v", answer, err)
	}
	_, err = Call(token, "getChat", "[1, 2]")
	var libErr *LibraryError
	if !errors.As(err, &libErr) || libErr.Parameter != "Parameters" {
		t.Errorf("an array for params: err = %v", err)
	}
}

func TestDownloadFileReturnsTheBytes(t *testing.T) {
	// The stand-in's stored file: 256 bytes, 0 to 255.
	received, err := DownloadFile(token, "BQACAgIAAxkBAAIBSmall")
	if err != nil {
		t.Fatal(err)
	}
	if len(received) != 256 {
		t.Fatalf("%d bytes", len(received))
	}
	for i, b := range received {
		if int(b) != i {
			t.Fatalf("byte %d is %d", i, b)
		}
	}
	var telegramErr *TelegramError
	if _, err := DownloadFile(token, "BQACAgIAAxkBAAIBNone"); !errors.As(err, &telegramErr) {
		t.Errorf("an unknown file: err = %v", err)
	}
	var libErr *LibraryError
	if received, err := DownloadFile(token, ""); !errors.As(err, &libErr) || libErr.Parameter != "FileID" || received != nil {
		t.Errorf("no file id: %v, err = %v", received, err)
	}
}

func TestResultsThatAreNotTelegramsDocument(t *testing.T) {
	icons, err := GetAvatarIconList(token)
	if err != nil || icons["result"].(map[string]any)["5357419403325481346"] != "\U0001F393" {
		t.Errorf("icons: %v, %v", icons, err)
	}
	checked, err := ProcessTMAData("auth_date=1767706628&hash=00", token)
	if err != nil || checked["result"].(map[string]any)["passed"] != false {
		t.Errorf("initData: %v, %v", checked, err)
	}
}

func TestSendTextMessageWithAMapKeyboardOrOPIsSingleQuotedJSON(t *testing.T) {
	keyboard := map[string]any{"inline_keyboard": [][]map[string]string{{{"text": "Да", "callback_data": "yes"}}}}
	sent, err := SendTextMessage(token, "461699897", "R&D", keyboard, "html", 0)
	if err != nil {
		t.Fatal(err)
	}
	if text := sent["result"].(map[string]any)["text"]; text != "R&amp;D" {
		t.Errorf("text = %v", text)
	}
	quoted := "{'inline_keyboard':[[{'text':'Да','callback_data':'yes'}]]}"
	if _, err := SendTextMessage(token, chat, "Hi", quoted, "", 0); err != nil {
		t.Error(err)
	}
	_, err = SendTextMessage(token, chat, "Hi", []string{"not", "an", "object"}, "", 0)
	var libErr *LibraryError
	if !errors.As(err, &libErr) || libErr.Parameter != "Keyboard" {
		t.Errorf("an array for a keyboard: err = %v", err)
	}
	if _, err := SendTextMessage(token, chat, "Hi", make(chan int), "", 0); err == nil || errors.As(err, &libErr) {
		t.Errorf("a channel for a keyboard: err = %v", err)
	}
}

func TestSendLocationAndSendPoll(t *testing.T) {
	sent, err := SendLocation(token, chat, 48.8737, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	location := sent["result"].(map[string]any)["location"].(map[string]any)
	if location["latitude"] != 48.8737 || location["longitude"] != float64(2) {
		t.Errorf("location = %v", location)
	}
	poll, err := SendPoll(token, chat, "Color?", []string{"Red", "Blue"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if anonymous := poll["result"].(map[string]any)["poll"].(map[string]any)["is_anonymous"]; anonymous != false {
		t.Errorf("is_anonymous = %v", anonymous)
	}
	_, err = SendPoll(token, chat, "Color?", "['Red']", true)
	var libErr *LibraryError
	if !errors.As(err, &libErr) || libErr.Parameter != "AnswersArray" {
		t.Errorf("one answer: err = %v", err)
	}
}

func TestAFormedKeyboardGoesToASenderAsItCame(t *testing.T) {
	formed, err := FormKeyboardFromButtonArray([]string{"A", "B"}, true, false)
	if err != nil {
		t.Fatal(err)
	}
	row := formed["result"].(map[string]any)["inline_keyboard"].([]any)[0].([]any)
	if len(row) != 2 || row[1].(map[string]any)["callback_data"] != "B" {
		t.Errorf("formed: %v", formed)
	}
	edited, err := ReplaceMessageKeyboard(token, chat, 5, formed)
	if err != nil {
		t.Fatal(err)
	}
	markup := edited["result"].(map[string]any)["reply_markup"]
	if fmt.Sprint(markup) != fmt.Sprint(formed["result"]) {
		t.Errorf("reply_markup %v, want %v", markup, formed["result"])
	}
}
