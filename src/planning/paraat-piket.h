/* Moved to model/paraat-piket.h; this forwarding header goes away once nothing uses it. */
#pragma once
#include "model/paraat-piket.h"
