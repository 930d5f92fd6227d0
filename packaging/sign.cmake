# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) after it installed Satchel into its staging folder and before it packs it:
# signs what will be shipped, when the release workflow provides a certificate; without one it says so and packs
# an unsigned installer (forks, pull requests, this machine).
#   macOS:   SATCHEL_CODESIGN_IDENTITY (a "Developer ID Application: …" identity in the keychain)
#   Windows: SATCHEL_SIGNTOOL_CERTIFICATE (a .pfx file) and SATCHEL_SIGNTOOL_PASSWORD
foreach(staging IN LISTS CPACK_TEMPORARY_INSTALL_DIRECTORY)
    if(APPLE)
        if("$ENV{SATCHEL_CODESIGN_IDENTITY}" STREQUAL "")
            message(STATUS "Satchel: no SATCHEL_CODESIGN_IDENTITY, Satchel.app is not signed")
            return()
        endif()
        file(GLOB_RECURSE bundles LIST_DIRECTORIES true "${staging}/*.app")
        foreach(bundle IN LISTS bundles)
            if(IS_DIRECTORY "${bundle}" AND bundle MATCHES "\\.app$")
                # Hardened runtime and a timestamp: what notarisation requires.
                execute_process(COMMAND codesign --force --deep --options runtime --timestamp
                                        --sign "$ENV{SATCHEL_CODESIGN_IDENTITY}" "${bundle}"
                                COMMAND_ERROR_IS_FATAL ANY)
            endif()
        endforeach()
    elseif(WIN32)
        if("$ENV{SATCHEL_SIGNTOOL_CERTIFICATE}" STREQUAL "")
            message(STATUS "Satchel: no SATCHEL_SIGNTOOL_CERTIFICATE, the executables are not signed")
            return()
        endif()
        file(GLOB_RECURSE binaries "${staging}/*.exe" "${staging}/*.dll")
        if(binaries)
            execute_process(COMMAND signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256
                                    /f "$ENV{SATCHEL_SIGNTOOL_CERTIFICATE}" /p "$ENV{SATCHEL_SIGNTOOL_PASSWORD}"
                                    ${binaries}
                            COMMAND_ERROR_IS_FATAL ANY)
        endif()
    endif()
endforeach()
