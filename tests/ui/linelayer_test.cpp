// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dense frame's line layer against QPainter's own aliased cosmetic lines, and its clipping, scaling and reuse.
#include "ui/graph/linelayer.h"

#include <QPainter>

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

using awb::ui::LineLayer;

namespace {

constexpr QRgb kInk = 0xff224466;

QImage white(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

QImage throughLayer(LineLayer &layer, QSize size, const std::vector<QLineF> &lines)
{
    layer.begin(size, 1);
    for (const QLineF &l : lines) {
        layer.addLine(l, kInk);
    }
    QImage out = white(size);
    QPainter p(&out);
    layer.drawTo(p, QPointF(0, 0));
    return out;
}

QImage throughQPainter(QSize size, const std::vector<QLineF> &lines)
{
    QImage out = white(size);
    QPainter p(&out);
    p.setPen(QPen(QColor::fromRgba(kInk), 0));
    p.drawLines(lines.data(), int(lines.size()));
    return out;
}

std::vector<QPoint> inked(const QImage &image)
{
    std::vector<QPoint> at;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == kInk) {
                at.emplace_back(x, y);
            }
        }
    }
    return at;
}

/** How many inked pixels of @p a have no inked pixel of @p b within one pixel (8-neighbourhood). */
int unmatched(const QImage &a, const QImage &b)
{
    int missing = 0;
    for (const QPoint &q : inked(a)) {
        bool found = false;
        for (int dy = -1; dy <= 1 && !found; ++dy) {
            for (int dx = -1; dx <= 1 && !found; ++dx) {
                found = b.valid(q.x() + dx, q.y() + dy) && b.pixel(q.x() + dx, q.y() + dy) == kInk;
            }
        }
        missing += !found;
    }
    return missing;
}

} // namespace

TEST(LineLayer, DrawsEveryOctantAsQPainterDoesWithinAPixel)
{
    const QSize size(240, 160);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> x(-60, 300), y(-60, 220);
    std::vector<QLineF> lines;
    for (int i = 0; i < 400; ++i) {
        lines.emplace_back(x(rng), y(rng), x(rng), y(rng));
    }
    LineLayer layer;
    const QImage ours = throughLayer(layer, size, lines);
    const QImage qt = throughQPainter(size, lines);
    const auto ourPixels = inked(ours).size(), qtPixels = inked(qt).size();
    ASSERT_GT(qtPixels, 5000u);
    // Both rasterise the same segments; they may round ends and diagonal steps differently by a pixel.
    EXPECT_NEAR(double(ourPixels), double(qtPixels), qtPixels * 0.03);
    EXPECT_EQ(unmatched(ours, qt), 0);
    EXPECT_EQ(unmatched(qt, ours), 0);
}

TEST(LineLayer, OneLineHasOnePixelPerStepOfItsLongerAxis)
{
    LineLayer layer;
    const QSize size(50, 50);

    const struct
    {
        QLineF line;
        std::size_t pixels;
    } cases[] = {
        {QLineF(2.5, 3.5, 42.5, 3.5), 41},    // horizontal
        {QLineF(7.5, 40.5, 7.5, 10.5), 31},   // vertical, upwards
        {QLineF(40.5, 40.5, 10.5, 10.5), 31}, // diagonal, backwards
        {QLineF(5.5, 5.5, 45.5, 25.5), 41},   // shallow
        {QLineF(20.5, 20.5, 20.5, 20.5), 1},  // a point
    };

    for (const auto &c : cases) {
        const auto pixels = inked(throughLayer(layer, size, {c.line}));
        EXPECT_EQ(pixels.size(), c.pixels) << c.line.x1() << ',' << c.line.y1();
        const QPoint first(int(c.line.x1()), int(c.line.y1())), last(int(c.line.x2()), int(c.line.y2()));
        EXPECT_NE(std::find(pixels.begin(), pixels.end(), first), pixels.end());
        EXPECT_NE(std::find(pixels.begin(), pixels.end(), last), pixels.end());
    }
}

TEST(LineLayer, ClipsToTheLayerAndSkipsWhatIsOutside)
{
    LineLayer layer;
    const QSize size(100, 80);
    // From far outside to inside: only the inside part, ending at the inside end, without gaps.
    const auto through = inked(throughLayer(layer, size, {QLineF(-1e6, 40.5, 50.5, 40.5)}));
    ASSERT_EQ(through.size(), 51u);
    for (const QPoint &q : through) {
        EXPECT_EQ(q.y(), 40);
        EXPECT_TRUE(q.x() >= 0 && q.x() <= 50);
    }
    // Across the whole layer, both ends outside.
    EXPECT_EQ(inked(throughLayer(layer, size, {QLineF(-10, -10, 200, 200)})).size(), 80u);
    // Entirely outside, beside each edge, and not finite: nothing.
    const std::vector<QLineF> outside{QLineF(-5, -5, -1, 70), QLineF(100, 0, 140, 79),       QLineF(0, -3, 99, -0.001),
                                      QLineF(0, 80, 99, 95),  QLineF(std::nan(""), 1, 5, 5), QLineF(0, 0, INFINITY, 5)};
    EXPECT_TRUE(inked(throughLayer(layer, size, outside)).empty());
}

TEST(LineLayer, ANewFrameForgetsTheLastAndFollowsThePixelRatio)
{
    LineLayer layer;
    const QSize size(60, 40);
    EXPECT_EQ(inked(throughLayer(layer, size, {QLineF(1, 1, 58, 38)})).size(), 58u);
    EXPECT_EQ(inked(throughLayer(layer, size, {QLineF(1, 30.5, 20, 30.5)})).size(), 20u); // the diagonal is gone

    // At a pixel ratio of 2 the layer has twice the pixels each way, and a line twice the steps.
    layer.begin(size, 2);
    layer.addLine(QLineF(0, 10.25, 30, 10.25), kInk);
    EXPECT_EQ(layer.image().size(), QSize(120, 80));
    int row = 0;
    for (int x = 0; x < 120; ++x) {
        row += layer.image().pixel(x, 20) == kInk;
    }
    EXPECT_EQ(row, 61);
}
