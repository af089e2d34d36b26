// SPDX-License-Identifier: MIT
#include "learnpanel.h"

LearnPanel::LearnPanel(TokenModel *model, QWidget *parent) : QWidget(parent), m_model(model) { }

LearnPanel::~LearnPanel() = default;
