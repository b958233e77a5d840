// SPDX-License-Identifier: Apache-2.0
// trace.go - real Go traces for the reassembly tests: an http handler panic
// ("http: panic serving"), a recovered and re-raised panic ([recovered]) with its
// goroutine dump, ordinary lines right after, and the panic as the last record.
package main

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
)

func load(key string) {
	var m map[string]int
	m[key] = 1 // assignment to entry in nil map
}

func parse(key string) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("bad config %s: %v", key, r))
		}
	}()
	load(key)
}

func main() {
	log.SetOutput(os.Stderr)
	log.Println("start go")
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { parse("alpha") })
	srv := httptest.NewServer(h)
	srv.Config.ErrorLog = log.New(os.Stderr, "", log.LstdFlags)
	if resp, err := http.Get(srv.URL); err == nil {
		resp.Body.Close()
	}
	srv.Close()
	log.Println("after go 1")
	parse("omega")
}
