// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a STIX bundle as a stream: nlohmann::json's SAX parser walks the file in 64 KiB chunks, the handler builds
// one element of "objects" at a time (only the properties the mapper reads) and hands it to ObjectMapper.
// docs/stix.md ("Import") says why this library and these limits.
#include "core/import/inputlimits.h"
#include "core/stix/stiximport.h"
#include "core/stix/stiximportobjects.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>
#include <openssl/evp.h>
#include <streambuf>
#include <vector>

namespace awb::stix {

using namespace Qt::Literals::StringLiterals;
using detail::shownFile;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::stix", text);
}

/** STIX objects nest a few levels (bundle, objects, object, extensions, a claim); more is hostile or broken. */
constexpr int kMaxDepth = limits::kMaxNestingDepth;
constexpr qint64 kChunkBytes = 64 * 1024;

/** The device as a std::streambuf for the parser: reads chunks, hashes them and reports progress. */
class DeviceBuffer final : public std::streambuf
{
public:
    DeviceBuffer(QIODevice &in, const StixReadOptions &options)
        : m_in(in)
        , m_options(options)
        , m_buffer(std::size_t(kChunkBytes))
        , m_sha(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
    {
        EVP_DigestInit_ex(m_sha.get(), EVP_sha256(), nullptr);
    }

    /** The offset of the next byte the parser reads. */
    qint64 position() const { return m_before + qint64(gptr() - eback()); }

    qint64 total() const { return m_total; }

    bool cancelled() const { return m_cancelled; }

    const QString &deviceError() const { return m_error; }

    /** Reads what the parser left (only whitespace, or it would have failed) so the hash covers the file. */
    void drain()
    {
        while (underflow() != traits_type::eof()) {
            setg(eback(), egptr(), egptr());
        }
    }

    QString sha256()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_sha.get(), digest, &length);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr()) {
            return traits_type::to_int_type(*gptr());
        }
        m_before += qint64(egptr() - eback());
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data());
        if (m_options.cancelled && m_options.cancelled()) {
            m_cancelled = true;
            return traits_type::eof();
        }
        qint64 n = m_in.read(m_buffer.data(), kChunkBytes);
        while (n == 0 && m_in.isSequential() && !m_in.atEnd() && m_in.waitForReadyRead(30000)) {
            n = m_in.read(m_buffer.data(), kChunkBytes);
        }
        if (n < 0) {
            m_error = m_in.errorString();
            return traits_type::eof();
        }
        if (n == 0) {
            return traits_type::eof();
        }
        EVP_DigestUpdate(m_sha.get(), m_buffer.data(), std::size_t(n));
        m_total += n;
        if (m_options.progress) {
            m_options.progress(m_total);
        }
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice &m_in;
    const StixReadOptions &m_options;
    std::vector<char> m_buffer;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_sha;
    qint64 m_before = 0; // bytes of the chunks before the current one
    qint64 m_total = 0;
    bool m_cancelled = false;
    QString m_error;
};

/** Builds one object as a DOM, leaving out (unbuilt) the top-level properties the mapper does not read. */
class ObjectBuilder final
{
public:
    void begin()
    {
        m_root = detail::Json::object();
        m_stack.assign(1, &m_root);
        m_skipDepth = 0;
        m_skipValue = false;
    }

    const detail::Json &root() const { return m_root; }

    void key(std::string &key)
    {
        if (m_skipDepth == 0) {
            m_skipValue = m_stack.size() == 1 && !detail::isReadProperty(key);
            m_key = std::move(key);
        }
    }

    void value(detail::Json &&value)
    {
        if (m_skipDepth == 0 && !m_skipValue) {
            place(std::move(value));
        }
    }

    void open(detail::Json &&container)
    {
        if (m_skipDepth > 0 || m_skipValue) {
            ++m_skipDepth;
            m_skipValue = false;
            return;
        }
        m_stack.push_back(place(std::move(container)));
    }

    /** Closes a container; true when it was the object itself. */
    bool close()
    {
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return false;
        }
        m_stack.pop_back();
        return m_stack.empty();
    }

private:
    detail::Json *place(detail::Json &&value)
    {
        detail::Json &parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        detail::Json &slot = parent[m_key];
        slot = std::move(value);
        return &slot;
    }

    detail::Json m_root;
    std::vector<detail::Json *> m_stack; // the open containers, the object first
    std::string m_key;
    int m_skipDepth = 0;      // > 0 inside a property left out
    bool m_skipValue = false; // the next value belongs to a property left out
};

/** The SAX events of the whole file: the bundle's own members, and each element of "objects" to the builder. */
class BundleHandler final : public nlohmann::json_sax<detail::Json>
{
public:
    BundleHandler(DeviceBuffer &buffer, StixBundle &bundle)
        : m_buffer(buffer)
        , m_bundle(bundle)
        , m_mapper(bundle)
    {}

    std::optional<Error> error;
    QString bundleType;

    bool null() override { return scalar(nullptr); }

    bool boolean(bool v) override { return scalar(v); }

    bool number_integer(number_integer_t v) override { return scalar(v); }

    bool number_unsigned(number_unsigned_t v) override { return scalar(v); }

    bool number_float(number_float_t v, const string_t &) override { return scalar(v); }

    bool string(string_t &v) override { return !longField(v) && scalar(std::move(v)); }

    bool binary(binary_t &) override { return scalar(nullptr); } // JSON text has no binary values

    bool start_object(std::size_t) override { return open(detail::Json::object()); }

    bool start_array(std::size_t) override { return open(detail::Json::array()); }

    bool end_object() override { return close(); }

    bool end_array() override { return close(); }

    bool key(string_t &key) override
    {
        if (longField(key)) {
            return false;
        }
        if (m_building) {
            m_builder.key(key);
        } else if (m_depth == 1) {
            m_topKey = key;
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const detail::Json::exception &ex) override
    {
        // The parser counts the byte it failed on; at the end of the input that is one past the last byte.
        const qint64 offset = std::max<qint64>(0, qint64(position) - 1);
        // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error …; last read: '…'": the
        // reason without the token, which can be a whole (long, hostile) string.
        const QString what = QString::fromUtf8(ex.what()).left(300);
        QString reason = what.mid(what.indexOf(u"column"_s)).section(u": "_s, 1);
        if (const qsizetype token = reason.indexOf(u"; last read"_s); token >= 0) {
            reason.truncate(token);
        }
        fail(tr("%1 is not valid JSON at byte %2: %3.").arg(shownFile(m_bundle), QString::number(offset), reason),
             what);
        return false;
    }

    void finish() { m_mapper.finish(); }

private:
    bool fail(const QString &message, const QString &detail = {})
    {
        error = Error{Error::Code::InvalidInput, message, detail};
        return false;
    }

    QString where() const { return QString::number(m_buffer.position()); }

    /** Refuses (true, with the error set) a string or key over the field limit; a hostile bundle is one line. */
    bool longField(const string_t &text)
    {
        if (qint64(text.size()) <= limits::kMaxFieldBytes) {
            return false;
        }
        fail(tr("%1: a string of %2 bytes ends at byte %3 (the limit is %4).")
                 .arg(shownFile(m_bundle), QString::number(text.size()), where(), limits::fieldLimitText()));
        return true;
    }

    /** Refuses a stream that runs past the file limit (a device whose size is unknown up front). */
    bool tooLarge()
    {
        if (m_buffer.position() <= limits::kMaxFileBytes) {
            return false;
        }
        fail(tr("%1 is larger than %2.").arg(shownFile(m_bundle), limits::fileLimitText()));
        return true;
    }

    bool scalar(detail::Json &&value)
    {
        if (tooLarge()) {
            return false;
        }
        if (m_building) {
            m_builder.value(std::move(value));
        } else if (m_depth == 0) {
            return fail(tr("%1 is not a STIX bundle: the top level is not a JSON object.").arg(shownFile(m_bundle)));
        } else if (m_inObjects && m_depth == 2) {
            return notAnObject();
        } else if (m_depth == 1 && m_topKey == "type") {
            bundleType = value.is_string() ? QString::fromStdString(value.get_ref<const std::string &>()) : u"?"_s;
        } else if (m_depth == 1 && m_topKey == "id" && value.is_string()) {
            m_bundle.bundleId = QString::fromStdString(value.get_ref<const std::string &>());
        } else if (m_depth == 1 && m_topKey == "objects") {
            return fail(tr("%1: \"objects\" is not a JSON array (at byte %2).").arg(shownFile(m_bundle), where()));
        }
        return true;
    }

    bool open(detail::Json &&container)
    {
        if (tooLarge()) {
            return false;
        }
        if (++m_depth > kMaxDepth) {
            return fail(tr("%1 nests deeper than %2 levels (at byte %3); a STIX bundle never does.")
                            .arg(shownFile(m_bundle), QString::number(kMaxDepth), where()));
        }
        if (m_building) {
            m_builder.open(std::move(container));
        } else if (m_depth == 1 && !container.is_object()) {
            return fail(
                tr("%1 is not a STIX bundle: the top level is a JSON array, not an object.").arg(shownFile(m_bundle)));
        } else if (m_depth == 2 && m_topKey == "objects") {
            if (!container.is_array()) {
                return fail(tr("%1: \"objects\" is not a JSON array (at byte %2).").arg(shownFile(m_bundle), where()));
            }
            m_inObjects = true;
        } else if (m_depth == 3 && m_inObjects) {
            if (!container.is_object()) {
                return notAnObject();
            }
            ++m_index;
            m_start = m_buffer.position() - 1;
            m_building = true;
            m_builder.begin();
        }
        return true;
    }

    bool close()
    {
        --m_depth;
        if (m_building) {
            if (m_builder.close()) {
                m_building = false;
                if (auto r = m_mapper.take(m_builder.root(), m_index, m_start); !r) {
                    error = r.error();
                    return false;
                }
            }
        } else if (m_inObjects && m_depth == 1) {
            m_inObjects = false;
        }
        return true;
    }

    bool notAnObject()
    {
        return fail(tr("%1: object %2 of \"objects\" (at byte %3) is not a JSON object.")
                        .arg(shownFile(m_bundle), QString::number(m_index + 1), where()));
    }

    DeviceBuffer &m_buffer;
    StixBundle &m_bundle;
    detail::ObjectMapper m_mapper;
    ObjectBuilder m_builder;
    int m_depth = 0; // open containers; the bundle object is 1
    std::string m_topKey;
    bool m_inObjects = false;
    bool m_building = false;
    qint64 m_index = 0; // the element of "objects" being read, from 1
    qint64 m_start = 0; // the byte it starts at
};

} // namespace

Result<StixBundle> readStixBundle(QIODevice &in, const StixReadOptions &options)
{
    StixBundle bundle;
    bundle.fileName = options.fileName;
    if (!in.isSequential()) {
        if (auto r = limits::checkFileSize(in.size(), shownFile(bundle)); !r) {
            return std::unexpected(r.error());
        }
    }
    DeviceBuffer buffer(in, options);
    BundleHandler handler(buffer, bundle);
    bool parsed = false;
    try {
        std::istream stream(&buffer);
        parsed = detail::Json::sax_parse(stream, &handler);
    } catch (const std::exception &e) { // allocation failures; the parser reports its own errors to the handler
        return fail(Error::Code::InvalidInput, tr("%1 could not be read.").arg(shownFile(bundle)),
                    QString::fromUtf8(e.what()));
    }
    if (buffer.cancelled()) {
        return fail(Error::Code::Cancelled, tr("Reading %1 was cancelled.").arg(shownFile(bundle)));
    }
    if (!buffer.deviceError().isEmpty()) {
        return fail(Error::Code::Io, tr("Could not read %1: %2.").arg(shownFile(bundle), buffer.deviceError()));
    }
    if (!parsed || handler.error) {
        return std::unexpected(handler.error.value_or(
            Error{Error::Code::InvalidInput, tr("%1 is not valid JSON.").arg(shownFile(bundle)), {}}));
    }
    if (handler.bundleType != u"bundle"_s) {
        return fail(Error::Code::InvalidInput,
                    handler.bundleType.isEmpty()
                        ? tr("%1 is not a STIX bundle: its top-level object has no \"type\".").arg(shownFile(bundle))
                        : tr("%1 is not a STIX bundle: its top-level \"type\" is \"%2\", not \"bundle\".")
                              .arg(shownFile(bundle), handler.bundleType));
    }
    buffer.drain();
    bundle.sizeBytes = buffer.total();
    bundle.sha256 = buffer.sha256();
    handler.finish();
    return bundle;
}

} // namespace awb::stix
