// SPDX-License-Identifier: Apache-2.0
//
// mkcreds writes a throw-away NATS operator-mode setup for tests/e2e/test_nats.sh:
// operator -> system account + account LOGS with JetStream limits and a scoped
// signing key that may publish only to logs.default.customer.> -> user creds.
// Also an admin user of LOGS (no limits) and a plain nkey user for nkey auth.
// For tests/e2e/test_check.sh: users whose JWTs carry their own permissions
// (publisher: logs.default.customer.>, limited: logs.other.> only, expired: an hour
// ago) and a stranger, a user of an account that the operator never signed (as one
// of another operator).
// Build: GO111MODULE=off GOPATH=/usr/share/gocode go build (Debian's jwt + nkeys).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/nats-io/jwt/v2"
	"github.com/nats-io/nkeys"
)

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkcreds:", err)
		os.Exit(1)
	}
}

func keys(create func() (nkeys.KeyPair, error)) (nkeys.KeyPair, string, []byte) {
	kp, err := create()
	must(err)
	pub, err := kp.PublicKey()
	must(err)
	seed, err := kp.Seed()
	must(err)
	return kp, pub, seed
}

func write(dir, name string, data []byte) {
	must(os.WriteFile(filepath.Join(dir, name), data, 0600))
}

// creds signs a user of account accPub with signer; scoped users carry no permissions.
func creds(signer nkeys.KeyPair, accPub string, scoped bool) []byte {
	_, pub, seed := keys(nkeys.CreateUser)
	uc := jwt.NewUserClaims(pub)
	uc.IssuerAccount = accPub
	if scoped {
		uc.SetScoped(true)
	}
	tok, err := uc.Encode(signer)
	must(err)
	out, err := jwt.FormatUserConfig(tok, seed)
	must(err)
	return out
}

// permCreds signs a user of account accPub whose JWT allows publishing to pub and
// subscribing to _INBOX.> (JetStream acks).
// A non-zero expires (unix seconds) sets the JWT's expiry.
func permCreds(signer nkeys.KeyPair, accPub, name, pub string, expires int64) []byte {
	_, upub, seed := keys(nkeys.CreateUser)
	uc := jwt.NewUserClaims(upub)
	uc.Name = name
	uc.IssuerAccount = accPub
	uc.Pub.Allow.Add(pub)
	uc.Sub.Allow.Add("_INBOX.>")
	uc.Expires = expires
	tok, err := uc.Encode(signer)
	must(err)
	out, err := jwt.FormatUserConfig(tok, seed)
	must(err)
	return out
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mkcreds OUTDIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	op, opPub, _ := keys(nkeys.CreateOperator)
	_, sysPub, _ := keys(nkeys.CreateAccount)
	acc, accPub, _ := keys(nkeys.CreateAccount)
	sk, skPub, _ := keys(nkeys.CreateAccount)

	oc := jwt.NewOperatorClaims(opPub)
	oc.Name = "logtap-test"
	oc.SystemAccount = sysPub
	opJWT, err := oc.Encode(op)
	must(err)

	sc := jwt.NewAccountClaims(sysPub)
	sc.Name = "SYS"
	sysJWT, err := sc.Encode(op)
	must(err)

	ac := jwt.NewAccountClaims(accPub)
	ac.Name = "LOGS"
	ac.Limits.JetStreamLimits = jwt.JetStreamLimits{MemoryStorage: -1, DiskStorage: -1,
		Streams: -1, Consumer: -1}
	scope := jwt.NewUserScope()
	scope.Key = skPub
	scope.Role = "shipper"
	scope.Template.Pub.Allow.Add("logs.default.customer.>")
	ac.SigningKeys.AddScopedSigner(scope)
	accJWT, err := ac.Encode(op)
	must(err)

	conf := fmt.Sprintf("operator: %s\nsystem_account: %s\nresolver: MEMORY\n"+
		"resolver_preload: {\n  %s: %s\n  %s: %s\n}\n",
		opJWT, sysPub, sysPub, sysJWT, accPub, accJWT)
	write(dir, "operator.conf", []byte(conf))
	write(dir, "shipper.creds", creds(sk, accPub, true))
	write(dir, "admin.creds", creds(acc, accPub, false))

	write(dir, "publisher.creds", permCreds(acc, accPub, "publisher", "logs.default.customer.>", 0))
	write(dir, "limited.creds", permCreds(acc, accPub, "limited", "logs.other.>", 0))
	write(dir, "expired.creds", permCreds(acc, accPub, "expired", "logs.>",
		time.Now().Add(-time.Hour).Unix()))
	acc2, acc2Pub, _ := keys(nkeys.CreateAccount)
	write(dir, "stranger.creds", permCreds(acc2, acc2Pub, "stranger", ">", 0))

	_, nkPub, nkSeed := keys(nkeys.CreateUser)
	write(dir, "user.nk", []byte(fmt.Sprintf("%s\n%s\n", nkSeed, nkPub)))
	write(dir, "user.pub", []byte(nkPub+"\n"))
}
