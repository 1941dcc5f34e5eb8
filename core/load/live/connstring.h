#pragma once

#include <QString>

// PostgreSQL connection strings as users write them: `postgresql://` / `postgres://` URIs and
// libpq key=value strings. No libpq here, so the CLI, the GUI's recent-source list and error
// messages can use these without linking the client library's headers.

namespace schemalens::load::live {

// True when SOURCE is a PostgreSQL URI or a libpq key=value string ("host=db dbname=app",
// "service=prod"), and not an existing file or folder.
bool isConnectionString(const QString &source);

// SOURCE with every password removed: the `:secret@` part of a URI's user info, `password=`
// query parameters, and `password=` in key=value form (quoted or not) become `***`. Every
// message, setting and list that shows a source shows it through this.
QString redactConnectionString(const QString &source);

} // namespace schemalens::load::live
