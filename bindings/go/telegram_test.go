package opi

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"go/types"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
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
		"bool": "bool", "double": "float64", "object": "any", "array": "any", "file": "File"}
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

// fromExample is an example's value, given as text, as the Go type of its kind.
func fromExample(kind, text string) (any, error) {
	switch kind {
	case "int32":
		n, err := strconv.ParseInt(text, 10, 32)
		return int32(n), err
	case "int64":
		return strconv.ParseInt(text, 10, 64)
	case "bool":
		return strconv.ParseBool(text)
	case "double":
		return strconv.ParseFloat(text, 64)
	case "file":
		return FilePath(text), nil
	}
	// text, chat and date; object and array as the JSON text given.
	return text, nil
}

// firstDifference is the first line where got and want differ, or "" where they do not.
func firstDifference(got, want []byte) string {
	if bytes.Equal(got, want) {
		return ""
	}
	g, w := strings.SplitAfter(string(got), "\n"), strings.SplitAfter(string(want), "\n")
	i := 0
	for g[i] == w[i] {
		i++
	}
	return fmt.Sprintf("%d lines, want %d; line %d:\n got %q\nwant %q", len(g)-1, len(w)-1, i+1, g[i], w[i])
}

// TestEveryMethodSendsWhatItsExampleSends calls every method of the table, in order, with
// its example's values, against a stand-in of its own: what reached it must be what oint
// sends for the same examples, recorded in tests/examples.requests, byte for byte.
func TestEveryMethodSendsWhatItsExampleSends(t *testing.T) {
	record := os.Getenv("OPI_EXAMPLE_REQUESTS")
	if record == "" {
		record = filepath.Join("..", "..", "tests", "examples.requests")
	}
	want, err := os.ReadFile(record)
	if err != nil {
		t.Fatalf("%v: OPI_EXAMPLE_REQUESTS names the record of what the examples send", err)
	}
	described, err := Describe()
	if err != nil {
		t.Fatal(err)
	}
	methods := described["result"].(map[string]any)["libraries"].([]any)[0].(map[string]any)["methods"].([]any)
	received := filepath.Join(t.TempDir(), "requests")
	url, stop, err := startStandin("--requests", received)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, err := Configure(map[string]any{"api_url": url}); err != nil {
		t.Fatal(err)
	}
	defer Configure(map[string]any{"api_url": standinURL})

	downloads := map[string][]byte{}
	for _, m := range methods {
		method := m.(map[string]any)
		name := method["name"].(string)
		example := map[string]string{}
		for _, pair := range method["example"].([]any) {
			option, value := pair.([]any)[0].(string), pair.([]any)[1].(string)
			if option == "token" {
				value = token
			}
			example[option] = value
		}
		// The function's parameters: the required ones first, then the optional ones.
		params := method["params"].([]any)
		sort.SliceStable(params, func(i, j int) bool {
			return params[i].(map[string]any)["required"].(bool) && !params[j].(map[string]any)["required"].(bool)
		})
		function := reflect.ValueOf(byName[name])
		if !function.IsValid() {
			t.Fatalf("%s is not in byName: run cargo test --test codegen", name)
		}
		var args []reflect.Value
		for i, p := range params {
			param := p.(map[string]any)
			arg := reflect.Zero(function.Type().In(i))
			if text, given := example[param["option"].(string)]; given {
				value, err := fromExample(param["value"].(string), text)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				arg = reflect.ValueOf(value)
			}
			args = append(args, arg)
		}
		answer := function.Call(args)
		if err, _ := answer[1].Interface().(error); err != nil {
			t.Errorf("%s: %v", name, err)
		} else if data, isFile := answer[0].Interface().([]byte); isFile {
			downloads[example["fileid"]] = data
		} else if ok := answer[0].Interface().(map[string]any)["ok"]; ok != true {
			t.Errorf("%s: ok = %v", name, ok)
		}
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(received)
	if err != nil {
		t.Fatal(err)
	}
	if diff := firstDifference(got, want); diff != "" {
		t.Errorf("what arrived differs from %s: %s", record, diff)
	}
	if _, err := Configure(map[string]any{"api_url": standinURL}); err != nil {
		t.Fatal(err)
	}
	for fileID, data := range downloads {
		if !bytes.Equal(data, downloaded(t, fileID)) {
			t.Errorf("%s: %d bytes, not the stand-in's file", fileID, len(data))
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

// downloaded is what the stand-in kept of an upload, fetched back by getFile's path.
func downloaded(t *testing.T, fileID string) []byte {
	t.Helper()
	file, err := Call(token, "getFile", fmt.Sprintf(`{"file_id": %q}`, fileID))
	if err != nil {
		t.Fatal(err)
	}
	path := file["result"].(map[string]any)["file_path"].(string)
	answer, err := http.Get(standinURL + "/file/bot" + token + "/" + path)
	if err != nil {
		t.Fatal(err)
	}
	defer answer.Body.Close()
	body, err := io.ReadAll(answer.Body)
	if err != nil {
		t.Fatal(err)
	}
	return body
}

func TestSendDocument(t *testing.T) {
	data := make([]byte, 10240)
	for i := range data {
		data[i] = byte(i * 31 % 251)
	}
	sent, err := SendDocument(token, "@testsichee", "Caption", FileBytes(data), "", "", "data.bin")
	if err != nil {
		t.Fatal(err)
	}
	document := sent["result"].(map[string]any)["document"].(map[string]any)
	if document["file_name"] != "data.bin" || document["file_size"] != float64(len(data)) {
		t.Errorf("document = %v", document)
	}
	if got := downloaded(t, document["file_id"].(string)); !bytes.Equal(got, data) {
		t.Errorf("the bytes that arrived differ: %d of %d", len(got), len(data))
	}
	notes := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(notes, []byte("line one\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	sent, err = SendDocument(token, "@testsichee", "Notes", FilePath(notes), "", "HTML", "")
	if err != nil {
		t.Fatal(err)
	}
	document = sent["result"].(map[string]any)["document"].(map[string]any)
	if got := downloaded(t, document["file_id"].(string)); document["file_name"] != "notes.txt" || string(got) != "line one\n" {
		t.Errorf("document = %v, bytes %q", document, got)
	}
	for _, refused := range []File{{}, FileBytes([]byte{}), FilePath(notes + ".missing")} {
		_, err = SendDocument(token, "@testsichee", "x", refused, "", "", "")
		var libErr *LibraryError
		if !errors.As(err, &libErr) || libErr.Parameter != "Document" {
			t.Errorf("%+v: err = %v", refused, err)
		}
	}
	if _, err = SendDocument(token, "@testsichee", "x", File{Path: notes, Data: data}, "", "", ""); err == nil {
		t.Error("a File with both Path and Data was sent")
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
