/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
P/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
D/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
X/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
-/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
L/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
-/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
I/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
:/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
-/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
2/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
0/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
-/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
'/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
N/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
m/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
:/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
v/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
k/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
y/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
+/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
w/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
k/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
L/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
y/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
v/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
w/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
N/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
w/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
k/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
#/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
L/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
O/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
G/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
P/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
N/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
O/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
P/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
H/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
#/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
L/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
O/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
G/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
P/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
N/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
O/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
P/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
H/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
#/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
</*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
>/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
#/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
</*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
>/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
#/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
</*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
>/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
#/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
"/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
"/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
C/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
k/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
y/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
y/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
'/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
w/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
g/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
{/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
	/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
E/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
H/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
	/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
y/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
m/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
v/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
	/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
C/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
H/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
v/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
y/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
	/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
C/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
H/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
	/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
C/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
H/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
k/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
	/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
v/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
g/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
}/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
B/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
m/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
w/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
U/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
R/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
L/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
g/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
g/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
N/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
U/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
L/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
L/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
w/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
w/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
C/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
C/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
w/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
C/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
m/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
O/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
g/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
T/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
:/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
0/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
-/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
E/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
G/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
I/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
N/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
m/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
-/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
E/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
P/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
E/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
R/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
M/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
-/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
E/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
M/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
G/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
I/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
Z/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
E/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
-/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
E/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
N/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
O/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
M/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
E/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
M/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
-/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
E/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
I/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
O/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
S/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
C/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
j/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
"/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
P/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
m/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
V/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
P/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
"/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
</*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
j/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
>/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
"/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
"/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
b/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
j/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
x/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
,/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
z/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
F/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
l/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
y/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
k/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
y/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
g/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
h/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
A/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
N/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
U/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
L/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
L/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
./*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
//*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
v/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
_/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
(/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
r/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
u/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
c/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
a/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
o/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
p/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
t/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
s/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
 /*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
*/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
)/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
;/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
#/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
e/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
n/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
d/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
i/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
f/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */

/*
 * natsopts.h - ship's cnats glue: client options from struct lt_options (servers,
 * creds / nkey / user+password / token, TLS, reconnect forever, callbacks),
 * natsStatus to errno, and the subject of a permissions violation.
 */
