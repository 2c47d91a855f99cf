# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts where (docs/install.md), and the Debian package CPack builds from it
# (scripts/checkpackage). Included from the top-level CMakeLists.txt after the app targets exist.
include(GNUInstallDirs)

set(AWB_APP_ID io.github.attributionworkbench.awb) # the reverse-DNS id of the .desktop, icon and metainfo files
set(AWB_MIME_ICON application-x-awb-case)          # the icon name shared-mime-info derives from the MIME type
set(AWB_ICON_SIZES 16 22 24 32 48 64 128 256)
set(_awb_res ${PROJECT_SOURCE_DIR}/resources)

install(TARGETS awb-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(AWB_BUILD_GUI)
    install(TARGETS awb RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Icons: the SVGs are the sources; the PNG sizes are rendered at build time, so they never go stale.
add_subdirectory(${PROJECT_SOURCE_DIR}/tools/iconrender ${PROJECT_BINARY_DIR}/tools/iconrender)
set(_awb_generated)
foreach(_awb_icon IN ITEMS ${AWB_APP_ID}:apps ${AWB_MIME_ICON}:mimetypes)
    string(REPLACE ":" ";" _awb_icon "${_awb_icon}")
    list(GET _awb_icon 0 _awb_name)
    list(GET _awb_icon 1 _awb_context)
    set(_awb_svg ${_awb_res}/icons/${_awb_name}.svg)
    set(_awb_outdir ${PROJECT_BINARY_DIR}/icons/${_awb_context})
    set(_awb_pngs)
    foreach(_awb_size IN LISTS AWB_ICON_SIZES)
        list(APPEND _awb_pngs ${_awb_outdir}/${_awb_size}x${_awb_size}/${_awb_name}.png)
        install(FILES ${_awb_outdir}/${_awb_size}x${_awb_size}/${_awb_name}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_awb_size}x${_awb_size}/${_awb_context})
    endforeach()
    add_custom_command(OUTPUT ${_awb_pngs}
        COMMAND iconrender ${_awb_svg} ${_awb_outdir} ${AWB_ICON_SIZES}
        DEPENDS iconrender ${_awb_svg}
        COMMENT "Rendering ${_awb_name}.svg to PNG (${AWB_ICON_SIZES})"
        VERBATIM)
    list(APPEND _awb_generated ${_awb_pngs})
    install(FILES ${_awb_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/${_awb_context})
endforeach()

# Man pages carry the project version and are installed gzipped (-n: no name or time stamp, so reproducible).
foreach(_awb_page IN ITEMS awb-cli awb)
    if(_awb_page STREQUAL "awb" AND NOT AWB_BUILD_GUI)
        continue()
    endif()
    configure_file(${_awb_res}/man/${_awb_page}.1 ${PROJECT_BINARY_DIR}/man/${_awb_page}.1 @ONLY)
    add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/man/${_awb_page}.1.gz
        COMMAND gzip -9nf ${PROJECT_BINARY_DIR}/man/${_awb_page}.1 -c > ${PROJECT_BINARY_DIR}/man/${_awb_page}.1.gz
        DEPENDS ${PROJECT_BINARY_DIR}/man/${_awb_page}.1
        COMMENT "Compressing the man page ${_awb_page}(1)")
    list(APPEND _awb_generated ${PROJECT_BINARY_DIR}/man/${_awb_page}.1.gz)
    install(FILES ${PROJECT_BINARY_DIR}/man/${_awb_page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(awb_install_data ALL DEPENDS ${_awb_generated})

if(AWB_BUILD_GUI)
    install(FILES ${_awb_res}/desktop/${AWB_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_awb_res}/desktop/${AWB_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()
# shared-mime-info names the installed file after the package that defines the type.
install(FILES ${_awb_res}/desktop/${AWB_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${AWB_APP_ID}.xml)

# The Debian package: `cpack -G DEB --config build/ci/CPackConfig.cmake`, or scripts/checkpackage.
set(CPACK_PACKAGE_NAME attribution-workbench)
set(CPACK_PACKAGE_VENDOR "Attribution Workbench contributors")
set(CPACK_PACKAGE_CONTACT "Attribution Workbench contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "attribute cryptocurrency thefts to state-sponsored groups")
# Wrapped at 78 columns: the control file keeps these lines as they are.
set(CPACK_PACKAGE_DESCRIPTION
    "Attribution Workbench (awb) is a desktop workbench for analysts who attribute
cryptocurrency thefts to state-sponsored hacking groups, such as North Korea's
Lazarus Group and its units. It joins the incident record, the wallet graph
and the attribution reasoning in one offline case file, where every fact has a
source, competing claims coexist and synthetic data is always marked.

The package holds the GUI (awb) and the headless command-line tool (awb-cli),
which filters incidents, finds paths, clusters addresses, traces value,
imports explorer exports, MISP, TagPack, OFAC and STIX data, and writes CSV,
STIX, TagPack, PDF reports and evidence packs. Both carry a demo case: the
public record of DPRK-attributed thefts with their sources.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON) # the ci build is RelWithDebInfo; the package carries no debug info
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # attribution-workbench_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Attribution Workbench contributors")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries come from dpkg-shlibdeps. It cannot see what Qt loads at run time: the platform plugins (offscreen
# for awb-cli's PDF, xcb for the GUI) and the SVG icon engine ship in libqt6gui6 and libqt6svg6, which the
# binaries link anyway; the PDF report asks for the DejaVu fonts (ui/report), which nothing links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
# Qt picks the Wayland plugin on a Wayland session and falls back to xcb (XWayland) without it; the MIME and
# desktop databases are refreshed by the triggers of shared-mime-info and desktop-file-utils, present on desktops.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, shared-mime-info, desktop-file-utils")
include(CPack)
