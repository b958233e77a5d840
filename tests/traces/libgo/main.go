// SPDX-License-Identifier: Apache-2.0
// libgo - Go logging libraries with stacks: logrus (text, multi-line field values not
// quoted) through a 4 KB bufio writer with a recovered panic's debug.Stack() (a goroutine
// dump without `panic:`), zap's development console logger (stacktrace lines), and
// x/exp/slog text records. Files in the directory os.Args[1].
package main

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"golang.org/x/exp/slog"
)

func handle(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(string(debug.Stack()))
		}
	}()
	var m map[string]int
	if n > 0 {
		m["x"] = n // assignment to a nil map: a panic
	}
	return nil
}

func runLogrus(dir string) {
	f, _ := os.Create(filepath.Join(dir, "logrus.log"))
	w := bufio.NewWriterSize(f, 4096)
	log := logrus.New()
	log.SetOutput(w)
	log.SetFormatter(&logrus.TextFormatter{DisableQuote: true, FullTimestamp: true})
	for i := 0; i < 3; i++ {
		log.WithField("request", i).Info("request started")
		if err := handle(i + 1); err != nil {
			log.WithField("stack", err.Error()).Error("recovered from panic")
		}
		log.WithField("query", "SELECT *\nFROM orders\nWHERE id = 1").Warn("slow query")
	}
	w.Flush()
	f.Close()
}

func runZap(dir string) {
	cfg := zap.NewDevelopmentConfig()
	cfg.OutputPaths = []string{filepath.Join(dir, "zap.log")}
	log, _ := cfg.Build()
	log.Info("start zap")
	log.Error("payment failed", zap.Error(errors.New("card declined")))
	log.Info("after zap")
	log.Sync()
}

func runSlog(dir string) {
	f, _ := os.Create(filepath.Join(dir, "slog.log"))
	log := slog.New(slog.NewTextHandler(f))
	log.Info("start slog", "user", 7)
	log.Error("panic recovered", errors.New("boom"), "stack", string(debug.Stack()))
	log.Info("after slog")
	f.Close()
}

func main() {
	runLogrus(os.Args[1])
	runZap(os.Args[1])
	runSlog(os.Args[1])
}
