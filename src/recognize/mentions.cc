#include "recognize/mentions.h"
