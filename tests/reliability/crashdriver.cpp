// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The process the crash-safety test kills: it repeats one kind of operation on a case and prints "ack N" once the
// N-th commit has returned, so the parent knows what must survive a SIGKILL.
//
//   crashdriver import  CASE   imports batch 0, 1, 2 … (crashmodel.h)
//   crashdriver edit    CASE   adds, updates and removes incidents, one transaction each
//   crashdriver migrate CASE   opens (and so upgrades) an older case once
#include "core/db/sqlitecasestore.h"
#include "tests/reliability/crashmodel.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

using namespace awb;
using namespace Qt::Literals::StringLiterals;

constexpr int kMaxSteps = 100000; // ends a driver nobody killed

void say(const QString &line)
{
    // Unbuffered in effect: what was printed before the kill is in the pipe, whatever happens next.
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int failed(const Error &error)
{
    std::fprintf(stderr, "crashdriver: %s\n", qPrintable(describe(error)));
    return 1;
}

int run(const QString &operation, const QString &path)
{
    if (operation == u"migrate"_s) {
        say(u"ready"_s);
        auto store = db::SqliteCaseStore::open(path);
        if (!store) {
            return failed(store.error());
        }
        say(u"ack 1"_s);
        return 0;
    }
    auto store = db::SqliteCaseStore::open(path);
    if (!store) {
        return failed(store.error());
    }
    auto sources = (*store)->sources();
    if (!sources || sources->empty()) {
        return failed(sources ? Error{Error::Code::NotFound, u"the case has no source"_s, {}} : sources.error());
    }
    const SourceId source = sources->front().id;
    std::map<int, IncidentId> ids;
    say(u"ready"_s);
    for (int step = 0; step < kMaxSteps; ++step) {
        auto done = operation == u"import"_s ? reliability::runImport(**store, step)
                                             : reliability::runEditStep(**store, step, source, ids);
        if (!done) {
            return failed(done.error());
        }
        say(u"ack %1"_s.arg(step + 1));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || !QStringList{u"import"_s, u"edit"_s, u"migrate"_s}.contains(args[1])) {
        std::fprintf(stderr, "usage: crashdriver import|edit|migrate CASE\n");
        return 2;
    }
    return run(args[1], args[2]);
}
