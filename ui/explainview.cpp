// SPDX-License-Identifier: MIT
#include "explainview.h"

ExplainView::ExplainView(TokenModel *model, QWidget *parent) : QWidget(parent), m_model(model) { }

ExplainView::~ExplainView() = default;
